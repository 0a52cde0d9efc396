import CallDatabase
import CallHarness
import Foundation
import Testing
@testable import CallStore

@Suite("Run history")
struct RunHistoryTests {
    @Test("migrations apply once, are recorded, and the file uses WAL")
    func migrations() throws {
        let path = temporaryDatabasePath()
        do {
            let history = try RunHistory(path: path)
            #expect(try history.appliedMigrations() == RunHistory.migrator.identifiers)
            #expect(try history.appliedMigrations() == ["v1-runs-calls", "v2-scenario-rates"])
            try history.record(try ReportFixture.report(), provenance: RunProvenance())
        }
        let reopened = try RunHistory(path: path)
        #expect(try reopened.database.scalar("SELECT count(*) FROM schema_migrations")?.int == 2)
        #expect(try reopened.runCount() == 1)
        #expect(try reopened.database.scalar("PRAGMA journal_mode")?.text == "wal")
        let tables = Set(try reopened.database.query("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0["name"]?.text })
        #expect(tables.isSuperset(of: ["runs", "calls", "schema_migrations"]))
    }

    @Test("a folder that does not exist yet is created")
    func createsFolder() throws {
        let path = temporaryDatabasePath("Reports/deeper/history.sqlite")
        _ = try RunHistory(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a file that is not a database is an error naming it")
    func notADatabase() throws {
        let path = temporaryDatabasePath("junk.sqlite")
        try Data(String(repeating: "not sqlite at all\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DatabaseError.self) { try RunHistory(path: path) }
        #expect(error.description.hasPrefix(path))
    }

    @Test("a recorded run reads back with its summary, provenance and calls")
    func recordAndRead() throws {
        let history = try RunHistory(path: temporaryDatabasePath())
        var report = try ReportFixture.report(["book", "cancel", "info"], ttfaP95: 2345.5, wer: 0.0712, seed: UInt64.max - 6)
        report.calls[1].passed = false
        report.calls[1].failures = ["expected tool call \"cancel_appointment\"", "budget ttfaP95Ms exceeded"]
        report.complete = false
        report.summary.completionRate = 0.6667
        let provenance = RunProvenance(gitCommit: String(repeating: "ab", count: 20), agentFileHash: "1234", latencyProfileHash: nil)
        let id = try history.record(report, provenance: provenance, reportPath: "/tmp/out/report.json")

        let row = try #require(try history.run(id: id))
        #expect(row.startedAt == report.startedAt)
        #expect(row.gitCommit == provenance.gitCommit)
        #expect(row.agentName == "receptionist")
        #expect(row.agentFileHash == "1234")
        #expect(row.latencyProfileHash == nil)
        #expect(row.seed == UInt64.max - 6)
        #expect(row.complete == false)
        #expect(row.calls == 3)
        #expect(row.passed == 2)
        #expect(row.completionRate == 0.6667)
        #expect(row.wer == 0.0712)
        #expect(row.ttfaP95Ms == 2345.5)
        #expect(row.ttfaP50Ms == report.summary.ttfaMs.p50)
        #expect(row.eotP95Ms == 700)
        #expect(row.reportPath == "/tmp/out/report.json")

        let cancel = try history.scenarioHistory("cancel")
        #expect(cancel.count == 1)
        #expect(cancel.first?.passed == false)
        #expect(cancel.first?.failures == report.calls[1].failures)
        #expect(cancel.first?.runComplete == false)
        #expect(cancel.first?.ttfaP50Ms == report.calls[1].ttfaMs.p50)
        #expect(try history.scenarioHistory("nobody").isEmpty)
    }

    @Test("recent runs are the last N, oldest first")
    func recent() throws {
        let history = try RunHistory(path: temporaryDatabasePath())
        let p95s: [Double] = [2000, 2100, 2200, 2300, 2400]
        for (day, p95) in p95s.enumerated() {
            try history.record(try ReportFixture.report(ttfaP95: p95, startedAt: "2026-01-0\(day + 1)T10:00:00Z"), provenance: RunProvenance())
        }
        let last3 = try history.recentRuns(limit: 3)
        #expect(last3.map(\.ttfaP95Ms) == [2200, 2300, 2400])
        #expect(last3.map(\.startedAt) == ["2026-01-03T10:00:00Z", "2026-01-04T10:00:00Z", "2026-01-05T10:00:00Z"])
        #expect(try history.recentRuns(limit: 10).count == 5)
        #expect(try history.scenarioHistory("book", limit: 2).map(\.runID) == last3.suffix(2).map(\.id))
    }

    @Test("two connections see each other's runs")
    func sharedFile() throws {
        let path = temporaryDatabasePath()
        let writer = try RunHistory(path: path)
        let reader = try RunHistory(path: path)
        try writer.record(try ReportFixture.report(), provenance: RunProvenance())
        #expect(try reader.runCount() == 1)
    }

    @Test("the trend table lists runs with short commits and marks incomplete ones")
    func table() throws {
        let history = try RunHistory(path: temporaryDatabasePath())
        var report = try ReportFixture.report(ttfaP95: 2486, wer: 0.035, startedAt: "2026-11-25T15:54:07Z")
        try history.record(report, provenance: RunProvenance(gitCommit: "7ca716c" + String(repeating: "0", count: 33)))
        report.complete = false
        try history.record(report, provenance: RunProvenance())
        let lines = HistoryTable.runs(try history.recentRuns()).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("run"))
        #expect(lines[1].hasPrefix("1 ") && lines[1].contains("2026-11-25 15:54") && lines[1].contains(" 7ca716c ") && lines[1].contains("3/3")
                && lines[1].contains("2486 ms") && lines[1].contains("3.5%") && !lines[1].contains("incomplete"))
        #expect(lines[2].hasPrefix("2 ") && lines[2].contains("–") && lines[2].hasSuffix("incomplete"))
    }
}

@Suite("Run history opened concurrently")
struct ConcurrentOpenTests {
    @Test("several connections creating the same new history all succeed and migrate it once")
    func concurrentCreation() async throws {
        for _ in 0..<10 {
            let path = temporaryDatabasePath()
            let results = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        do {
                            let history = try RunHistory(path: path)
                            try history.record(try ReportFixture.report(["one"]), provenance: RunProvenance())
                            return nil
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                var errors: [String] = []
                for await result in group { if let result { errors.append(result) } }
                return errors
            }
            #expect(results.isEmpty)
            let history = try RunHistory(path: path)
            #expect(try history.appliedMigrations() == ["v1-runs-calls", "v2-scenario-rates"])
            #expect(try history.runCount() == 6)
        }
    }
}
