import Foundation
import Testing

@Suite("run and validate", .serialized)
struct RunCommandTests {
    let folder = CommandRunner.temporaryFolder()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func report(_ path: String) throws -> [String: Any] {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        object["startedAt"] = nil
        var summary = object["summary"] as! [String: Any]
        summary["wallSeconds"] = nil
        object["summary"] = summary
        return object
    }

    func canonical(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: .sortedKeys)
    }

    @Test("the bundled suite passes, and every reply's stages add up to its TTFA")
    func bundledSuite() throws {
        let out = folder + "/all"
        let result = try CommandRunner.run(["run", "Scenarios", "--out", out, "--jobs", "2", "--no-history"], in: Self.root)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let report = try report(out + "/report.json")
        let calls = report["calls"] as! [[String: Any]]
        #expect(calls.count >= 15)
        var replies = 0
        for call in calls {
            for turn in call["turns"] as! [[String: Any]] {
                guard let ttfa = turn["ttfaMs"] as? Double, let stages = turn["stagesMs"] as? [String: Double] else { continue }
                replies += 1
                let sum = stages.values.reduce(0, +)
                #expect(abs(sum - ttfa) < 0.01, "\(call["scenario"]!): stages \(sum) vs TTFA \(ttfa)")
            }
        }
        #expect(replies > 50)
        for file in ["report.html", "junit.xml", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file))
        }
    }

    @Test("same inputs and seed give the same report with --jobs 1 and --jobs 2")
    func deterministic() throws {
        let scenarios = ["Scenarios/book-patel.yaml", "Scenarios/barge-in-readback.yaml", "Scenarios/lossy-line.yaml"]
        let one = try CommandRunner.run(["run"] + scenarios + ["--out", folder + "/one", "--jobs", "1", "--no-history"], in: Self.root)
        let two = try CommandRunner.run(["run"] + scenarios + ["--out", folder + "/two", "--jobs", "2", "--no-history"], in: Self.root)
        #expect(one.status == 0 && two.status == 0)
        let a = try report(folder + "/one/report.json"), b = try report(folder + "/two/report.json")
        #expect(try canonical(a) == canonical(b))
        let other = try CommandRunner.run(["run"] + scenarios.prefix(1) + ["--out", folder + "/seed", "--seed", "7", "--no-history"], in: Self.root)
        #expect(other.status == 0)
        let c = try report(folder + "/seed/report.json")
        let turnsA = try JSONSerialization.data(withJSONObject: (a["calls"] as! [[String: Any]])[0]["turns"]!, options: .sortedKeys)
        let turnsC = try JSONSerialization.data(withJSONObject: (c["calls"] as! [[String: Any]])[0]["turns"]!, options: .sortedKeys)
        #expect(turnsA != turnsC, "another seed gives another call")
    }

    @Test("--repeat runs each scenario with derived seeds, the same at --jobs 1 and 2, with one verdict per scenario")
    func repeated() throws {
        let args = ["run", "Scenarios/book-patel.yaml", "Scenarios/cancel.yaml", "--repeat", "5", "--no-history"]
        let one = try CommandRunner.run(args + ["--out", folder + "/rep1", "--jobs", "1"], in: Self.root)
        let two = try CommandRunner.run(args + ["--out", folder + "/rep2", "--jobs", "2"], in: Self.root)
        #expect(one.status == 0 && two.status == 0, "\(one.stdout.suffix(1500))")
        let a = try report(folder + "/rep1/report.json"), b = try report(folder + "/rep2/report.json")
        #expect(try canonical(a) == canonical(b))
        let calls = a["calls"] as! [[String: Any]]
        let names = ["book-patel", "cancel"].flatMap { id in [id] + (2...5).map { "\(id)-r\($0)" } }
        #expect(Set(calls.map { $0["scenario"] as! String }) == Set(names))
        let seeds = Set(calls.map { "\($0["seed"] ?? "")" })
        #expect(seeds.count == 10, "every run has its own derived seed: \(seeds)")
        let verdicts = a["scenarios"] as! [[String: Any]]
        #expect(verdicts.map { $0["scenario"] as! String } == ["book-patel", "cancel"])
        #expect(verdicts.allSatisfy { $0["runs"] as? Int == 5 && $0["verdict"] as? String == "pass" })
        #expect(one.stdout.contains("2/2 scenarios hold over their runs"), "\(one.stdout.suffix(800))")
        let bad = try CommandRunner.run(["run", "Scenarios/book-patel.yaml", "--repeat", "0", "--no-history", "--out", folder + "/rep0"], in: Self.root)
        #expect(bad.status == 2)
    }

    @Test("a malformed scenario is bad input: exit 2, one line with file and line", arguments: [
        ("id: x\nturns:\n  - say: hi\n    pauze: {ms: 200}\n", ":4:"),
        ("id: x\ncaller:\n  rate: 9\nturns: []\n", ":3:"),
        ("id: x\nturns: [\n", ":"),
        ("turns: []\n", ":1: id"),
    ])
    func malformed(yaml: String, location: String) throws {
        let path = folder + "/bad.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8))
        for command in [["run", path, "--agent", Self.root + "/Scenarios/agents/receptionist.yaml", "--out", folder + "/x", "--no-history"], ["validate", path]] {
            let result = try CommandRunner.run(command)
            #expect(result.status == 2, "\(command[0]): \(result.stderr)")
            let text = (result.stderr + result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(text.contains(path + location), "\(command[0]): \(text)")
            #expect(!text.contains("\n"), "one line: \(text)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/x/report.json"))
    }

    @Test("a seed that is not a whole number from 0 to 2^64-1 is bad input in one line, whatever the command", arguments: [
        ["--seed", "-1"], ["--seed=-1"], ["--seed", "abc"], ["--seed", "18446744073709551616"], ["--seed", "1.5"],
    ])
    func badSeed(seed: [String]) throws {
        let value = seed.count == 2 ? seed[1] : String(seed[0].dropFirst("--seed=".count))
        for command in [["run", "Scenarios/cancel.yaml", "--out", folder + "/seed", "--no-history"], ["sweep", "Scenarios/cancel.yaml", "--axis", "snr=10", "--out", folder + "/seed"],
                        ["impair", "in.wav", folder + "/out.wav"], ["replay", "in.wav", "--out", folder + "/seed"]] {
            let result = try CommandRunner.run(command + seed, in: Self.root)
            #expect(result.status == 2, "\(command[0])")
            #expect(result.stderr == "callharness: --seed \(value): expected a whole number from 0 to 18446744073709551615\n", "\(command[0]): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/seed"))
    }

    @Test("--set changes the agent; a bad --set is bad input")
    func overrides() throws {
        let good = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--set", "endpointing.minSilenceMs=900", "--out", folder + "/set", "--no-history"], in: Self.root)
        #expect(good.status == 0, "\(good.stderr)")
        let eot = ((try report(folder + "/set/report.json"))["summary"] as! [String: Any])["eotMs"] as! [String: Any]
        #expect((eot["p50"] as! Double) > 900)
        let bad = try CommandRunner.run(["run", "Scenarios/opening-hours.yaml", "--set", "endpointing.minSilence=900", "--out", folder + "/set2", "--no-history"], in: Self.root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--set"), "\(bad.stderr)")
    }
}
