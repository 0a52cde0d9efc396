import Foundation
import Synchronization
import Testing

@Suite("interrupted run")
struct InterruptCommandTests {
    static let scenarios = ["Scenarios/book-patel.yaml", "Scenarios/cancel.yaml", "Scenarios/doctor-info.yaml", "Scenarios/reschedule.yaml"]

    /// Collects a pipe's text as it arrives and wakes a waiter when a marker shows up.
    final class Watcher: Sendable {
        private let text = Mutex("")
        private let seen = DispatchSemaphore(value: 0)
        let marker: String

        init(_ handle: FileHandle, marker: String) {
            self.marker = marker
            Thread { [self] in
                var signalled = false
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    let found = text.withLock { text in
                        text += String(decoding: data, as: UTF8.self)
                        return text.contains(marker)
                    }
                    if found && !signalled {
                        signalled = true
                        seen.signal()
                    }
                }
                if !signalled { seen.signal() }
            }.start()
        }

        /// Blocks until the marker was seen or the pipe closed.
        func waitForMarker() { seen.wait() }

        var collected: String { text.withLock { $0 } }
    }

    @Test("a signal after the first call leaves an incomplete report, an incomplete history row and exit 130",
          arguments: [SIGINT, SIGTERM])
    func interrupted(signal: Int32) throws {
        let folder = CommandRunner.temporaryFolder()
        let database = folder + "/history.sqlite"
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["run"] + Self.scenarios + ["--jobs", "1", "--out", folder + "/out", "--db", database]
        process.currentDirectoryURL = URL(fileURLWithPath: RealRuns.root)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderr = Watcher(err.fileHandleForReading, marker: "[1/\(Self.scenarios.count)]")
        let stdout = Watcher(out.fileHandleForReading, marker: "\u{0}")
        stderr.waitForMarker()
        #expect(stderr.collected.contains("[1/\(Self.scenarios.count)] pass book-patel"))
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        stdout.waitForMarker()

        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(stderr.collected.contains("interrupted"))
        let report = try RealRuns.object(folder + "/out/report.json")
        #expect(report["complete"] as? Bool == false)
        let calls = try #require(report["calls"] as? [[String: Any]])
        #expect(calls.count >= 1 && calls.count < Self.scenarios.count)
        #expect(calls.first?["scenario"] as? String == "book-patel")
        // Every call in the report is whole: its recording and trace were written.
        for call in calls {
            let artifacts = try #require(call["artifacts"] as? [String: String])
            for file in artifacts.values { #expect(FileManager.default.fileExists(atPath: folder + "/out/" + file)) }
        }
        #expect((report["summary"] as? [String: Any])?["calls"] as? Int == calls.count)
        #expect(stdout.collected.contains("\(calls.count) of \(Self.scenarios.count) calls finished"))

        let history = try CommandRunner.run(["history", "--db", database])
        let rows = history.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.hasSuffix("incomplete") == true)
        let passed = calls.filter { $0["passed"] as? Bool == true }.count
        #expect(rows.first?.contains(" \(passed)/\(calls.count) ") == true)
    }
}
