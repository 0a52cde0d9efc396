import Foundation
import Testing

@Suite("replay command", .serialized)
struct ReplayCommandTests {
    let folder = CommandRunner.temporaryFolder()

    @Test("a run's call.wav replays against the same agent with no divergence; the report files are written")
    func replaysRunRecording() throws {
        let run = try CommandRunner.run(["run", "Scenarios/cancel.yaml", "--out", folder + "/run", "--no-history", "--seed", "9"], in: RealRuns.root)
        #expect(run.status == 0, "\(run.stderr)")
        let replay = try CommandRunner.run(["replay", folder + "/run/calls/cancel/call.wav", "--out", folder + "/replay"], in: RealRuns.root)
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
        #expect(replay.stdout.contains("no divergence"))
        let report = try RealRuns.object(folder + "/replay/report.json")
        let section = try #require(report["replay"] as? [String: Any])
        #expect((section["divergences"] as? [Any])?.isEmpty == true)
        #expect((section["seedSource"] as? String)?.contains("report.json") == true, "the recorded call's seed, not 42's")
        let original = try RealRuns.object(folder + "/run/report.json")["calls"] as? [[String: Any]]
        let replayed = report["calls"] as? [[String: Any]]
        #expect(replayed?.first?["seed"] as? UInt64 == original?.first?["seed"] as? UInt64)
        for name in ["report.html", "junit.xml", "summary.md", "calls/cancel/call.wav", "calls/cancel/trace.jsonl"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/replay/" + name), "\(name)")
        }
        #expect(try String(contentsOfFile: folder + "/replay/report.html", encoding: .utf8).contains("<section id=\"replay\">"))
    }

    @Test("an agent file with external: is called over its media stream in real time: one that cannot be reached fails the call (exit 1)")
    func externalAgent() throws {
        let mono = folder + "/hello.wav"
        #expect(try CommandRunner.run(["synth", "Hello, I would like an appointment.", "--voice", "flite/slt", "--out", mono]).status == 0)
        let replay = try CommandRunner.run(["replay", mono, "--agent", "Scenarios/agents/receptionist-twilio.yaml",
                                            "--set", "external.url=ws://127.0.0.1:9/media", "--out", folder + "/external"], in: RealRuns.root)
        #expect(replay.status == 1, "\(replay.stdout)\(replay.stderr)")
        let report = try RealRuns.object(folder + "/external/report.json")
        let agent = try #require(report["agent"] as? [String: Any])
        #expect(agent["clock"] as? String == "monotonic" && agent["reproducible"] as? Bool == false)
        let failures = (report["calls"] as? [[String: Any]])?.first?["failures"] as? [String] ?? []
        #expect(failures.first?.contains("cannot reach the agent: ws://127.0.0.1:9/media") == true, "\(failures)")
    }

    @Test("bad input: one line, exit 2", arguments: [
        (["replay", "MISSING"], "MISSING"), (["replay", "MONO", "--caller-channel", "1"], "--caller-channel 1"),
        (["replay", "MONO", "--caller-channel", "2"], "--caller-channel 2"), (["replay", "MONO", "--transcript", "MISSING"], "transcript not found"),
        (["replay", "MONO", "--set", "endpointing.minSilenceMs=soon"], "endpointing.minSilenceMs"),
        (["replay", "MONO", "--ear", "listen"], "--ear listen"),
    ])
    func badInput(arguments: [String], mentions: String) throws {
        let mono = folder + "/mono.wav"
        let synth = try CommandRunner.run(["synth", "Hello, I would like an appointment.", "--voice", "flite/slt", "--out", mono])
        #expect(synth.status == 0)
        let paths = ["MISSING": folder + "/missing.wav", "MONO": mono]
        let result = try CommandRunner.run(arguments.map { paths[$0] ?? $0 } + ["--out", folder + "/out"], in: RealRuns.root)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(paths[mentions] ?? mentions), "\(result.stderr)")
    }
}
