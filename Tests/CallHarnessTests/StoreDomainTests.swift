import CallDatabase
import CallScenario
import Foundation
import ReportModel
import TestSupport
import Testing
@testable import CallHarness

/// The store's order-support line, an agent described in files alone: its database, its
/// tools, and what a call leaves behind.
@Suite("A domain in files", .serialized)
struct StoreDomainTests {
    static let store = Bundled.scenarios + "/store"
    /// The store's agent with the caller's own words for transcripts (fast, exact).
    static let agent: PreparedAgent = try! PreparedAgent(try! ScenarioLoader.loadAgent(store + "/agents/store.yaml", overrides: [("stt.engine", "scripted")]))

    static func call(_ id: String, edit: (inout Scenario) -> Void = { _ in }) throws -> (CallResult, CallReport) {
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: store).first { name in
            (try? ScenarioLoader.loadScenario(store + "/" + name).id) == id
        })
        var scenario = try ScenarioLoader.loadScenario(store + "/" + file)
        edit(&scenario)
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 11).run()
        return (result, CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:]))
    }

    @Test("a state check that holds passes; one that does not shows the rows expected and the rows found")
    func stateChecks() throws {
        let (_, passing) = try Self.call("store-return-refund")
        #expect(passing.passed, "\(passing.failures)")
        let (_, failing) = try Self.call("store-return-refund") { scenario in
            scenario.expect.state = [ExpectedState(sql: "SELECT status FROM orders WHERE id = 'W-1001'", rows: [["shipped"]]),
                                     ExpectedState(sql: "SELECT id, order_id FROM return_requests", count: 2),
                                     ExpectedState(sql: "SELECT x FROM nowhere", rows: [])]
        }
        #expect(failing.failures == [
            "expect.state[0] (SELECT status FROM orders WHERE id = 'W-1001'): expected [[shipped]], got [[refunded]]",
            "expect.state[1] (SELECT id, order_id FROM return_requests): expected 2 rows, got 1: [[R-0001, W-1001]]",
            "expect.state[2] (SELECT x FROM nowhere): the query failed: no such table: nowhere",
        ])
        #expect(!failing.completed)
    }

    @Test("the report holds what the call changed against the seed, row by row, and digests of both")
    func stateReport() throws {
        let (result, report) = try Self.call("store-return-refund")
        let state = try #require(report.state)
        #expect(state.tables.map { "\($0.table) +\($0.inserted) ~\($0.updated) -\($0.deleted)" } == ["orders +0 ~1 -0", "refunds +1 ~0 -0", "return_requests +1 ~0 -0"])
        #expect(state.rows.map(\.text) == [
            "orders id=W-1001: status delivered → refunded",
            "refunds id=F-0001: inserted {amount_cents: 6450, id: F-0001, issued_on: 2025-06-02, order_id: W-1001}",
            "return_requests id=R-0001: inserted {id: R-0001, opened_on: 2025-06-02, order_id: W-1001, reason: damaged}",
        ])
        #expect(state.digest != state.seedDigest && state.digest == result.finalState?.snapshot?.digest)
        // The call's database is read-only once the call is over.
        #expect(throws: DatabaseError.self) { try result.finalState?.database.execute("DELETE FROM refunds") }

        let (_, lookup) = try Self.call("store-order-status")
        #expect(lookup.state?.rows == [] && lookup.state?.digest == lookup.state?.seedDigest && lookup.state?.seedDigest == state.seedDigest)
    }

    @Test("a call never sees another call's writes: each gets a fresh copy of the seeded database")
    func freshDatabase() throws {
        let (first, _) = try Self.call("store-return-refund")
        let (second, report) = try Self.call("store-refund-retry")
        #expect(report.passed, "\(report.failures)")
        for result in [first, second] {
            #expect(try result.finalState?.database.script("SELECT id FROM refunds").rows.map(\.values) == [[.text("F-0001")]])
        }
    }

    @Test("the hospital keeps no state in its report, and state checks read its database")
    func hospitalState() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        var scenario = try Bundled.scenario("cancel")
        scenario.expect.state = [ExpectedState(sql: "SELECT status FROM appointments WHERE id = 'A-1002'", rows: [["cancelled"]])]
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 11).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        #expect(report.passed, "\(report.failures)")
        #expect(report.state == nil)
    }

    /// A copy of the store's files in a temporary folder, with some of them edited.
    static func copy(editing edits: [String: (String) -> String]) throws -> TempFolder {
        let folder = TempFolder("store")
        for relative in ["agents/store.yaml", "agents/store.tools.yaml", "flows/store.flow.yaml", "profiles/store-cloud.yaml", "db/schema.sql", "db/seed.sql"] {
            let text = try String(contentsOfFile: store + "/" + relative, encoding: .utf8)
            folder.write(relative, edits[relative].map { $0(text) } ?? text)
        }
        return folder
    }

    static let preparationErrors: [(String, String, String, String, String)] = [
        ("agents/store.tools.yaml", "FROM orders o WHERE o.id = :order_id\n  result: row", "FROM order o WHERE o.id = :order_id\n  result: row",
         "sql: >-", "tools.get_order.sql: near \"order\": syntax error"),
        ("agents/store.tools.yaml", "SELECT 1 FROM orders WHERE id = :order_id\n      error: there is no order", "SELECT 1 FROM orders WHERE id = :order_number\n      error: there is no order",
         "- query: SELECT 1 FROM orders WHERE id = :order_number", "tools.get_order.requires[0].query: ':order_number' is no argument of get_order"),
        ("agents/store.tools.yaml", "- query: SELECT 1 FROM orders WHERE id = :order_id AND status = 'return_started'",
         "- query: UPDATE orders SET status = 'refunded' WHERE id = :order_id AND status = 'return_started'",
         "- query: UPDATE orders", "tools.issue_refund.requires[0].query: a check's query must only read"),
        ("db/seed.sql", "('C-205', 'Aisha Omar',", "('C-205', 'Aisha Omar', 'extra',", "INSERT INTO customers", "all VALUES must have the same number of terms"),
        ("flows/store.flow.yaml", "SELECT name FROM customers ORDER BY id", "SELECT full_name FROM customers ORDER BY id", "SELECT full_name",
         "slots.customer_name.query: no such column: full_name"),
    ]

    @Test("a tool, seed or slot query that does not fit the database is an error at its file and line", arguments: preparationErrors)
    func preparation(file: String, find: String, replace: String, marker: String, message: String) throws {
        let folder = try Self.copy(editing: [file: { $0.replacingOccurrences(of: find, with: replace) }])
        let text = try String(contentsOfFile: folder.path(file), encoding: .utf8)
        #expect(text.contains(replace), "the edit did not apply")
        let error = try #require(throws: ScenarioError.self) {
            _ = try PreparedAgent(try ScenarioLoader.loadAgent(folder.path("agents/store.yaml"), overrides: [("stt.engine", "scripted")]))
        }
        let prefix = folder.path(file) + ":\(line(of: marker, in: text)): "
        #expect(error.description.hasPrefix(prefix) && error.description.contains(message), "\(error)\nexpected: \(prefix)… \(message)")
        // validate finds the same problem without preparing the agent for calls.
        let problems = ScenarioCheck.problems([folder.path("agents")], agent: nil).errors
        #expect(problems.map(\.description).contains(error.description), "\(problems)")
    }

    @Test("a flow slot of the wrong shape is an error at its line", arguments: [
        ("order_id: {kind: identifier, pattern: \"W-####\", query: \"SELECT id FROM orders ORDER BY id\"}", "order_id: {kind: identifier, pattern: \"W-~~\"}",
         "W-~~", "slots.order_id.pattern: 'W-~~' is not an identifier pattern"),
        ("order_id: {kind: identifier, pattern: \"W-####\", query: \"SELECT id FROM orders ORDER BY id\"}", "order_id: {kind: identifier}",
         "order_id: {kind: identifier}", "slots.order_id.kind: an identifier slot needs a pattern"),
        ("  refund: money", "  refund: {kind: money, pattern: \"##\"}", "refund: {kind", "slots.refund.pattern: a pattern applies only to an identifier slot"),
    ])
    func flowSlots(find: String, replace: String, marker: String, message: String) throws {
        let folder = try Self.copy(editing: ["flows/store.flow.yaml": { $0.replacingOccurrences(of: find, with: replace) }])
        let text = try String(contentsOfFile: folder.path("flows/store.flow.yaml"), encoding: .utf8)
        let error = try #require(throws: ScenarioError.self) { _ = try FlowLoader.load(folder.path("flows/store.flow.yaml")) }
        #expect(error.description.hasPrefix(folder.path("flows/store.flow.yaml") + ":\(line(of: marker, in: text)): \(message)"), "\(error)")
    }
}
