import Foundation
import Testing

/// The output folder holds one whole set — the previous run's or the new one's — whatever
/// fails or kills a run, and a write failure is exit 2 with one line naming the file.
@Suite("output folder")
struct OutputCommandTests {
    let root = RealRuns.root

    /// Every file under `folder` (relative path) and its bytes.
    static func files(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
        }
        return files
    }

    /// The staging folders a run keeps beside `out`.
    static func leftovers(_ out: String) -> [String] {
        let name = (out as NSString).lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: (out as NSString).deletingLastPathComponent)) ?? []
        return entries.filter { $0.hasPrefix(".\(name).") }
    }

    /// A fresh `out` folder holding the whole set of a real run of book-patel, cancel and doctor-info.
    static func oldSet() throws -> String {
        let runs = try RealRuns.shared.get()
        try #require(runs.base.status == 0, "\(runs.base.stderr)")
        let out = CommandRunner.temporaryFolder() + "/out"
        try FileManager.default.copyItem(atPath: runs.folder + "/base", toPath: out)
        return out
    }

    /// Checks that `out` is one whole set of the calls `scenarios`: a report of them, the
    /// documents, and exactly the files its calls name, no others.
    static func expectWholeSet(_ out: String, of scenarios: [String]) throws {
        let calls = try RealRuns.object(out + "/report.json")["calls"] as? [[String: Any]] ?? []
        #expect(calls.compactMap { $0["scenario"] as? String } == scenarios)
        let named = Set(calls.flatMap { ($0["artifacts"] as? [String: String] ?? [:]).values })
        #expect(Set(files(out).keys.filter { $0.hasPrefix("calls/") }) == named)
        #expect(Set(files(out).keys.filter { !$0.hasPrefix("calls/") }) == ["report.json", "report.html", "junit.xml", "summary.md"])
        let junit = try String(contentsOfFile: out + "/junit.xml", encoding: .utf8)
        for scenario in scenarios { #expect(junit.contains("name=\"\(scenario)\""), "junit.xml is of the same run") }
    }

    /// The one error line a failed command printed (after any progress lines).
    static func oneLine(_ result: CommandRunner.Result) -> String {
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("callharness: ") }
        #expect(lines.count == 1, "one line: \(result.stderr)")
        #expect(!(result.stderr + result.stdout).contains("Error Domain") && !result.stderr.contains("NSError"), "\(result.stderr)")
        return lines.first ?? ""
    }

    @Test("an --out that is a file or lies under one is bad input for every command: exit 2, one line naming it, the file kept",
          arguments: ["run", "sweep", "replay", "merge"])
    func outIsAFile(command: String) throws {
        let runs = try RealRuns.shared.get()
        let folder = CommandRunner.temporaryFolder(), file = folder + "/file"
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: file))
        var arguments: [String]
        switch command {
        case "run": arguments = ["run", "Scenarios/opening-hours.yaml", "--no-history"]
        case "sweep": arguments = ["sweep", "Scenarios/opening-hours.yaml", "--axis", "voice=flite/slt", "--no-history"]
        case "replay": arguments = ["replay", runs.folder + "/base/calls/cancel/call.wav"]
        default:
            let shard = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--shard", "1/1", "--out", folder + "/shard", "--no-history"], in: root)
            try #require(shard.status == 0, "\(shard.stderr)")
            arguments = ["merge", folder + "/shard/report.json", "--no-history"]
        }
        for (out, message) in [(file, "\(file): exists and is not a folder"), (file + "/out", "\(file)/out: cannot create the folder (Not a directory)")] {
            let result = try CommandRunner.run(arguments + ["--out", out], in: root)
            #expect(result.status == 2, "\(command) --out \(out): \(result.stderr)")
            #expect(Self.oneLine(result).hasPrefix("callharness: \(message)"))
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == (command == "merge" ? ["file", "shard"] : ["file"]))
    }

    @Test("a folder holding other files is not replaced: exit 2, one line, nothing deleted")
    func foreignFolder() throws {
        let out = try Self.oldSet()
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        let before = Self.files(out)
        let result = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--out", out, "--no-history"], in: root)
        #expect(result.status == 2)
        #expect(Self.oneLine(result) == "callharness: \(out): not replaced: it holds files that are not part of a callharness output (notes.txt); name a folder of its own")
        #expect(Self.files(out) == before)
    }

    /// A file size limit (SIGXFSZ ignored, so the write fails with EFBIG instead of the
    /// signal ending the process) makes one file of the new set fail to write, as a full
    /// disk would, without needing root or a small filesystem. The speech models are
    /// already on disk from the shared runs; synthesis stays in memory.
    @Test("a write that fails mid-run is exit 2 naming the file and the cause, and the old set stays whole", arguments: [
        // A sweep keeps no recording of a passing call: report.json (8 KB) fits under the
        // limit, report.html (34 KB) does not — today's writer left the new report.json
        // beside the old report.html.
        (["sweep", "Scenarios/opening-hours.yaml", "--axis", "voice=flite/kal16"], "report.html"),
        (["run", "Scenarios/opening-hours.yaml"], "calls/opening-hours/call.wav"),
    ])
    func failedWrite(arguments: [String], failing: String) throws {
        let out = try Self.oldSet()
        let before = Self.files(out)
        let result = try CommandRunner.run(arguments + ["--out", out, "--no-history", "--no-cache", "--jobs", "1"], in: root,
                                           shell: "trap '' XFSZ; ulimit -f 32")
        #expect(result.status == 2, "\(result.stdout.suffix(500)) \(result.stderr)")
        #expect(Self.oneLine(result) == "callharness: \(out)/\(failing): cannot write (File too large)")
        #expect(Self.files(out) == before, "the old set is untouched")
        #expect(Self.leftovers(out).isEmpty)
    }

    @Test("a run over an old set of other scenarios leaves only its own calls")
    func noStaleCalls() throws {
        let out = try Self.oldSet()
        try Self.expectWholeSet(out, of: ["book-patel", "cancel", "doctor-info"])
        let result = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--out", out, "--no-history"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectWholeSet(out, of: ["opening-hours"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/calls") == ["opening-hours"])
        #expect(Self.leftovers(out).isEmpty)
    }

    @Test("kill -9 in the middle of a run leaves the old set whole; the next run removes the leftover and writes a whole new set")
    func killed() throws {
        let out = try Self.oldSet()
        let before = Self.files(out)
        let scenarios = ["Scenarios/reschedule.yaml", "Scenarios/opening-hours.yaml", "Scenarios/doctor-info.yaml", "Scenarios/cancel.yaml"]
        let process = Process()
        process.executableURL = CommandRunner.binary
        // Another seed, so the killed run's recordings differ from the old set's.
        process.arguments = ["run"] + scenarios + ["--jobs", "1", "--seed", "7", "--out", out, "--no-history"]
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = InterruptCommandTests.Watcher(err.fileHandleForReading, marker: "[2/4]")
        stderr.waitForMarker()
        #expect(stderr.collected.contains("[2/4]"), "two calls were written before the kill")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(Self.files(out) == before, "report.json and every call's files are still the old run's")
        #expect(Self.leftovers(out).count == 1, "the killed run's staging folder")
        let next = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--out", out, "--no-history"], in: root)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(Self.leftovers(out).isEmpty)
        try Self.expectWholeSet(out, of: ["opening-hours"])
    }
}
