import Foundation
import Testing

@Suite("history command")
struct HistoryCommandTests {
    let folder = CommandRunner.temporaryFolder()

    /// The commit of the package checkout, read independently of callharness.
    func headCommit() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--short=7", "HEAD"]
        process.currentDirectoryURL = URL(fileURLWithPath: RealRuns.root)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("every run is recorded; the trend lists them newest last")
    func trend() throws {
        let runs = try RealRuns.shared.get()
        let result = try CommandRunner.run(["history", "--db", runs.database])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("run") && lines[0].contains("TTFA P95"))
        #expect(lines[1].hasPrefix("1 ") && lines[1].contains("3/3"))
        #expect(lines[2].hasPrefix("2 ") && lines[2].contains("2/3"))
        let commit = try headCommit()
        #expect(lines[1].contains(" \(commit) "))
        let p95 = { (path: String) throws -> String in
            let summary = try RealRuns.object(path)["summary"] as? [String: Any]
            let value = try #require((summary?["ttfaMs"] as? [String: Any])?["p95"] as? Double)
            return String(format: "%.0f ms", value)
        }
        #expect(lines[1].contains(try p95(runs.baseReport)))
        #expect(lines[2].contains(try p95(runs.slowReport)))

        let last = try CommandRunner.run(["history", "--db", runs.database, "--last", "1"])
        #expect(last.stdout.split(separator: "\n").count == 2)
        #expect(last.stdout.split(separator: "\n").last?.hasPrefix("2 ") == true)
    }

    @Test("--scenario shows that scenario's result in each run")
    func scenario() throws {
        let runs = try RealRuns.shared.get()
        let result = try CommandRunner.run(["history", "--db", runs.database, "--scenario", "book-patel"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].contains(" pass "))
        #expect(lines[2].contains(" FAIL ") && lines[2].contains("budget ttfaP50Ms exceeded"))

        let unknown = try CommandRunner.run(["history", "--db", runs.database, "--scenario", "no-such-scenario"])
        #expect(unknown.status == 0)
        #expect(unknown.stdout.contains("no recorded calls of scenario 'no-such-scenario'"))
    }

    @Test("a missing or empty database is a friendly line, not an error")
    func empty() throws {
        let missing = try CommandRunner.run(["history", "--db", folder + "/none.sqlite"])
        #expect(missing.status == 0)
        #expect(missing.stdout.contains("no run history yet"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/none.sqlite"))

        let path = folder + "/empty.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        let empty = try CommandRunner.run(["history", "--db", path])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("no runs recorded yet"))
    }

    @Test("a file that is not a database is bad input naming it")
    func notADatabase() throws {
        let path = folder + "/junk.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "junk\n", count: 300).utf8))
        let result = try CommandRunner.run(["history", "--db", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("callharness: \(path)"))
    }

    @Test("--no-history leaves the database alone")
    func noHistory() throws {
        let database = folder + "/unused.sqlite"
        let result = try CommandRunner.run(["run", "Scenarios/doctor-info.yaml", "--out", folder + "/out", "--db", database, "--no-history"], in: RealRuns.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/report.json"))
        #expect(!FileManager.default.fileExists(atPath: database))
        #expect(!result.stdout.contains("history:"))
    }
}
