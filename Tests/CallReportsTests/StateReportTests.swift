import Foundation
import ReportModel
import Testing
@testable import CallReports

/// A call's final database in report.json: valid against the schema, and compared.
@Suite("state in reports")
struct StateReportTests {
    static let refunded = StateReport(
        digest: String(repeating: "b", count: 64), seedDigest: String(repeating: "a", count: 64),
        tables: [.init(table: "orders", inserted: 0, updated: 1, deleted: 0), .init(table: "refunds", inserted: 1, updated: 0, deleted: 0)],
        rows: [.init(table: "orders", key: "id=W-1001", change: "updated", before: ["status": .text("delivered")], after: ["status": .text("refunded")]),
               .init(table: "refunds", key: "id=F-0001", change: "inserted", before: nil,
                     after: ["id": .text("F-0001"), "amount_cents": .integer(6450), "note": .null, "rate": .real(0.5)])])

    static func run(state: StateReport?, agent: String? = nil) -> RunReport {
        var run = ReportFixture.run
        run.calls[0].state = state
        run.calls[0].agent = agent
        return run
    }

    @Test("a report with a call's state and agent is valid against report.schema.json, and reads back the same")
    func schema() throws {
        let run = Self.run(state: Self.refunded, agent: "store")
        let encoded = try ReportFile.json(run)
        let json = try JSONDecoder().decode(JSONValue.self, from: encoded)
        #expect(SchemaValidator(root: try ReportSchemaTests.schema()).validate(json) == [])
        let read = try JSONDecoder().decode(RunReport.self, from: encoded)
        #expect(read.calls[0].state == Self.refunded && read.calls[0].agent == "store")
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""amount_cents" : 6450"#))
    }

    @Test("compare lists a call whose final state changed, with the rows only one side has; equal digests list nothing")
    func comparison() {
        var shipped = Self.refunded
        shipped.digest = String(repeating: "c", count: 64)
        shipped.rows = [Self.refunded.rows[1]]
        let changed = ReportComparison(candidate: Self.run(state: shipped), baseline: Self.run(state: Self.refunded))
        #expect(changed.stateChanges.map(\.scenario) == [ReportFixture.run.calls[0].scenario])
        #expect(changed.stateChanges.first?.onlyInBaseline == [Self.refunded.rows[0]] && changed.stateChanges.first?.onlyInCandidate == [])
        #expect(changed.text.contains("final state changed:\n  \(ReportFixture.run.calls[0].scenario)\n    - orders id=W-1001: status delivered → refunded\n"))
        #expect(changed.verdict.passed)
        #expect(ReportComparison(candidate: Self.run(state: Self.refunded), baseline: Self.run(state: Self.refunded)).stateChanges.isEmpty)
        #expect(ReportComparison(candidate: Self.run(state: nil), baseline: Self.run(state: Self.refunded)).stateChanges.isEmpty)
    }
}
