import ReportModel
import CallDatabase
import CallHarness
import Foundation
import Testing
@testable import CallStore

/// A writer killed with SIGKILL in the middle of recording a run leaves a consistent
/// database: the run it was writing is absent, every run present has all its calls.
@Suite("Killed writer")
struct KilledWriterTests {
    static let callsPerRun = 40

    /// A run of `callsPerRun` calls, each with a long failure text so a run takes real work to write.
    static func bigReport(_ index: Int) throws -> RunReport {
        var report = try ReportFixture.report((0..<callsPerRun).map { "scenario-\($0)" }, startedAt: "2026-02-01T10:00:\(String(format: "%02d", index % 60))Z")
        for i in report.calls.indices where i % 3 == 0 {
            report.calls[i].passed = false
            report.calls[i].failures = [String(repeating: "expected phrase not spoken; ", count: 40)]
        }
        return report
    }

    /// Checks the database the killed writer left.
    static func checkConsistency(_ path: String) throws -> Int {
        let db = try SQLiteDatabase(path: path)
        #expect(try db.scalar("PRAGMA integrity_check")?.text == "ok")
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
        let runs = try db.query("""
            SELECT r.id, r.calls, r.passed, count(c.id) AS written, coalesce(sum(c.passed), 0) AS written_passed
            FROM runs r LEFT JOIN calls c ON c.run_id = r.id GROUP BY r.id
            """)
        for run in runs {
            #expect(run["written"]?.int == callsPerRun, "run \(run["id"]?.int ?? -1)")
            #expect(run["calls"] == run["written"])
            #expect(run["passed"] == run["written_passed"])
        }
        #expect(try db.scalar("SELECT count(*) FROM calls WHERE run_id NOT IN (SELECT id FROM runs)")?.int == 0)
        let history = try RunHistory(path: path)
        #expect(try history.recentRuns(limit: 1000).count == runs.count)
        return runs.count
    }

    @Test("killed while a run's rows are being written, after the run row and some or all calls",
          arguments: [0, KilledWriterTests.callsPerRun / 2, KilledWriterTests.callsPerRun - 1])
    func killedInsideTransaction(afterCall: Int) async throws {
        let path = temporaryDatabasePath()
        await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String, afterCall = afterCall as Int] in
            let history = try RunHistory(path: path)
            for index in 0..<3 { try history.record(try KilledWriterTests.bigReport(index), provenance: RunProvenance()) }
            _ = try history.record(try KilledWriterTests.bigReport(3), provenance: RunProvenance(), reportPath: nil) { position in
                if position == afterCall { kill(getpid(), SIGKILL) }
            }
        }
        #expect(try Self.checkConsistency(path) == 3)
    }

    @Test("killed at an arbitrary moment while writing runs in a loop")
    func killedInLoop() async throws {
        let path = temporaryDatabasePath()
        await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String] in
            let history = try RunHistory(path: path)
            let killer = Thread {
                // Watches the file through its own connection and kills the writer once
                // it has committed a few runs, wherever the writer is at that moment.
                guard let watcher = try? SQLiteDatabase(path: path) else { kill(getpid(), SIGKILL); return }
                while ((try? watcher.scalar("SELECT count(*) FROM runs")?.int) ?? 0) < 5 {}
                kill(getpid(), SIGKILL)
            }
            killer.start()
            var index = 0
            while true {
                try history.record(try KilledWriterTests.bigReport(index), provenance: RunProvenance())
                index += 1
            }
        }
        #expect(try Self.checkConsistency(path) >= 5)
    }
}
