import CallDatabase
import CallStore
import Foundation
import Testing

/// History is a record of a run, not its result: a database that cannot be written gets
/// a one-line warning and the run keeps its own exit code.
@Suite("locked history")
struct LockedHistoryTests {
    let root = RealRuns.root

    /// A scenario of the bundled suite's agent whose expectation the agent never meets.
    static func failingScenario(in folder: String) throws -> String {
        let path = folder + "/never.yaml"
        try Data("""
            id: never
            caller:
              voice: flite/kal16
            turns:
              - say: "What are your opening hours?"
              - say: "Okay, that's all. Bye."
            expect:
              says: ["we are open around the clock"]

            """.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `created`: the history exists (the run opens it and fails to record); otherwise
    /// the file is new and locked before the run could set it up (the run fails to open it).
    @Test("a history database another process keeps locked: the run's own exit code and a one-line warning without SQL",
          arguments: [(0, true), (1, true), (0, false)])
    func lockedHistory(expected: Int32, created: Bool) throws {
        let folder = CommandRunner.temporaryFolder(), database = folder + "/history.sqlite"
        if created { _ = try RunHistory(path: database) }
        let locker = try SQLiteDatabase(path: database)
        try locker.execute("BEGIN IMMEDIATE")
        try locker.execute(created ? "INSERT INTO schema_migrations (identifier) VALUES ('held by another process')" : "CREATE TABLE held (x)")
        let scenario = expected == 0 ? root + "/Scenarios/opening-hours.yaml" : try Self.failingScenario(in: folder)
        let result = try CommandRunner.run(["run", scenario, "--agent", root + "/Scenarios/agents/receptionist.yaml",
                                            "--out", folder + "/out", "--db", database], in: root)
        try locker.execute("ROLLBACK")
        #expect(result.status == expected, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings == ["callharness: warning: not recorded in history: \(database) is locked by another process"])
        #expect(!(result.stdout + result.stderr).contains("INSERT"))
        #expect(!result.stdout.contains("history: run"))
        let calls = try RealRuns.object(folder + "/out/report.json")["calls"] as? [[String: Any]] ?? []
        #expect(calls.compactMap { $0["scenario"] as? String } == [expected == 0 ? "opening-hours" : "never"], "the report is written")
        #expect(try RunHistory(path: database).recentRuns(limit: 10).isEmpty, "nothing was recorded")
    }
}
