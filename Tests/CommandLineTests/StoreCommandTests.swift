import Foundation
import Testing

/// The store's agent from the command line: its database checked by validate, calls that
/// never share a database, and compare naming what a call left differently.
@Suite("the store's agent on the command line")
struct StoreCommandTests {
    static let root = RealRuns.root

    static let sqlProblems: [(String, String, String, String, String?, String)] = [
        ("Scenarios/store/agents/store.tools.yaml", "WHERE o.id = :order_id\n  result: row", "WHERE o.id = :order\n  result: row",
         "sql: >-", "tools.get_order.sql", "':order' is no argument of get_order"),
        ("Scenarios/store/db/schema.sql", "CREATE TABLE refunds (", "CREATE TABEL refunds (", "CREATE TABEL refunds", nil,
         "near \"TABEL\": syntax error"),
    ]

    @Test("SQL that does not fit the database is bad input at its file and line, checked against the agent's database", arguments: sqlProblems)
    func sql(file: String, old: String, new: String, marker: String, key: String?, message: String) throws {
        let project = try ValidateCommandTests.project()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let path = project + "/" + file
        try ValidateCommandTests.edit(path, old, new)
        let line = try ValidateCommandTests.line(of: marker, in: path)
        for target in [project + "/Scenarios/store/agents/store.yaml", project + "/Scenarios"] {
            let result = try CommandRunner.run(["validate", target])
            #expect(result.status == 2)
            let problems = result.stderr.split(separator: "\n").map(String.init)
            #expect(problems == ["\(path):\(line): " + (key.map { "\($0): " } ?? "") + message] || problems.first?.hasPrefix("\(path):\(line): ") == true && problems.first?.contains(message) == true,
                    "\(result.stderr)")
        }
        let run = try CommandRunner.run(["run", project + "/Scenarios/store/order-status.yaml", "--no-history", "--out", project + "/out"])
        #expect(run.status == 2 && run.stderr.contains("\(path):\(line): "), "\(run.stderr)")
    }

    static func report(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    static func canonical(_ report: [String: Any]) throws -> Data {
        var report = report
        report["startedAt"] = nil
        var summary = report["summary"] as? [String: Any]
        summary?["wallSeconds"] = nil
        report["summary"] = summary
        return try JSONSerialization.data(withJSONObject: report, options: .sortedKeys)
    }

    @Test("calls run two at a time never see each other's writes: the same reports as one at a time, each with only its own rows")
    func parallel() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Both refund order W-1001: on a shared database the second would be refused.
        let scenarios = ["Scenarios/store/return-refund.yaml", "Scenarios/store/refund-service-down.yaml", "Scenarios/store/return-too-late.yaml"]
        let common = ["run"] + scenarios + ["--set", "stt.engine=scripted", "--no-history"]
        let one = try CommandRunner.run(common + ["--out", folder + "/one", "--jobs", "1"], in: Self.root)
        let two = try CommandRunner.run(common + ["--out", folder + "/two", "--jobs", "2"], in: Self.root)
        #expect(one.status == 0 && two.status == 0, "\(two.stdout)")
        let a = try Self.report(folder + "/one/report.json"), b = try Self.report(folder + "/two/report.json")
        #expect(try Self.canonical(a) == Self.canonical(b))
        let calls = try #require(b["calls"] as? [[String: Any]])
        for call in calls where (call["scenario"] as? String) != "store-return-too-late" {
            let rows = try #require((call["state"] as? [String: Any])?["rows"] as? [[String: Any]])
            #expect(rows.filter { $0["table"] as? String == "refunds" }.map { $0["key"] as? String } == ["id=F-0001"], "\(call["scenario"] ?? "")")
        }
    }

    @Test("compare lists the calls whose final database differs from the baseline's, with the rows")
    func compareState() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func scenario(_ reason: String) -> String {
            """
            id: store-return
            agent: \(Self.root)/Scenarios/store/agents/store.yaml
            turns:
              - say: "Hi, I'd like to return an order."
              - answers: {order_id: "W one zero zero four.", customer_name: "Maria Lopez.", reason: "\(reason)", confirmation: "Yes."}
              - say: "No, that's all."
            expect: {completed: true}
            """
        }
        for (name, reason) in [("base", "It was damaged."), ("cand", "It's the wrong size.")] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
            try scenario(reason).write(toFile: folder + "/\(name)/return.yaml", atomically: true, encoding: .utf8)
            let run = try CommandRunner.run(["run", folder + "/\(name)/return.yaml", "--set", "stt.engine=scripted", "--no-history", "--out", folder + "/\(name)-out"])
            #expect(run.status == 0, "\(run.stdout)")
        }
        let compared = try CommandRunner.run(["compare", folder + "/cand-out/report.json", folder + "/base-out/report.json"])
        #expect(compared.status == 0, "a changed state alone is no regression: \(compared.stdout)")
        #expect(compared.stdout.contains("""
            final state changed:
              store-return
                - return_requests id=R-0001: inserted {id: R-0001, opened_on: 2025-06-02, order_id: W-1004, reason: damaged}
                + return_requests id=R-0001: inserted {id: R-0001, opened_on: 2025-06-02, order_id: W-1004, reason: wrong size}
            """), "\(compared.stdout)")
        let json = try CommandRunner.run(["compare", folder + "/cand-out/report.json", folder + "/base-out/report.json", "--json"])
        #expect(json.stdout.contains("\"stateChanges\""))
        let same = try CommandRunner.run(["compare", folder + "/base-out/report.json", folder + "/base-out/report.json"])
        #expect(!same.stdout.contains("final state changed"))
    }
}
