import Foundation
import Testing

/// A recorded call becomes a scenario that runs: its caller turns as clips with their
/// words, its expectations from what the original agent did.
@Suite("scenario-from-call", .serialized)
struct ScenarioFromCallTests {
    let folder = CommandRunner.temporaryFolder()
    static let root = RunCommandTests.root

    func object(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    @Test("a run's recording becomes a scenario with the report's words and expectations, and it passes against the same agent")
    func fromRun() throws {
        let run = try CommandRunner.run(["run", "Scenarios/book-patel.yaml", "--out", folder + "/first", "--no-history"], in: Self.root)
        #expect(run.status == 0)
        let made = try CommandRunner.run(["scenario-from-call", folder + "/first/calls/book-patel/call.wav", "--out", folder + "/again.yaml"], in: Self.root)
        #expect(made.status == 0, "\(made.stderr)")
        let yaml = try String(contentsOfFile: folder + "/again.yaml", encoding: .utf8)
        let original = (try object(folder + "/first/report.json")["calls"] as! [[String: Any]])[0]
        let said = (original["turns"] as! [[String: Any]]).map { $0["caller"] as! String }
        for words in said { #expect(yaml.contains("text: \"\(words)\""), "\(words)") }
        #expect(yaml.components(separatedBy: "  - audio: ").count - 1 == said.count)
        #expect(yaml.contains("schedule_appointment:") && yaml.contains("escalated: false"))
        let clips = try FileManager.default.contentsOfDirectory(atPath: folder + "/again-audio").sorted()
        #expect(clips == (1...said.count).map { String(format: "turn-%02d.wav", $0) })

        let again = try CommandRunner.run(["run", folder + "/again.yaml", "--out", folder + "/second", "--no-history"], in: Self.root)
        #expect(again.status == 0, "\(again.stdout.suffix(1500))")
        let call = (try object(folder + "/second/report.json")["calls"] as! [[String: Any]])[0]
        #expect(call["passed"] as? Bool == true)
        #expect((call["wer"] as! Double) < 0.1)
    }

    @Test("without a report the words are recognized or taken from the transcript; an existing scenario is kept unless --force")
    func mono() throws {
        let audio = Self.root + "/Fixtures/audio/book-garcia-8k.wav"
        let out = folder + "/garcia.yaml"
        let recognized = try CommandRunner.run(["scenario-from-call", audio, "--out", out, "--agent", Self.root + "/Scenarios/agents/receptionist.yaml"], in: folder)
        #expect(recognized.status == 0, "\(recognized.stderr)")
        #expect(recognized.stdout.contains("[recognized]") && recognized.stdout.contains("garcia"), "\(recognized.stdout)")
        var yaml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(yaml.contains("line: { codec: mulaw }"), "an 8 kHz recording keeps its telephone line")

        let again = try CommandRunner.run(["scenario-from-call", audio, "--out", out], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists") && again.stderr.split(separator: "\n").count == 1, "\(again.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == yaml, "kept as it was")

        let words = "I'd like to book an appointment with Doctor Garcia, please."
        try words.write(toFile: folder + "/words.txt", atomically: true, encoding: .utf8)
        let replaced = try CommandRunner.run(["scenario-from-call", audio, "--out", out, "--transcript", folder + "/words.txt", "--force"], in: folder)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        yaml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(yaml.contains("text: \"\(words)\"") && !yaml.contains("recognized"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("staging") || $0.contains(".old-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("bad input is one line and exit 2", arguments: [
        (["Fixtures/audio/missing.wav"], "missing.wav"),
        (["Fixtures/audio/book-garcia-8k.wav", "--out", "x.txt"], "must end in .yaml"),
        (["Fixtures/audio/book-garcia-8k.wav", "--caller-channel", "1"], "--caller-channel 1"),
    ])
    func badInput(arguments: [String], message: String) throws {
        var args = ["scenario-from-call"] + arguments.map { $0.hasPrefix("Fixtures") ? Self.root + "/" + $0 : $0 }
        if !arguments.contains("--out") { args += ["--out", folder + "/bad.yaml"] }
        let result = try CommandRunner.run(args, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message) && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/bad.yaml"))
    }
}
