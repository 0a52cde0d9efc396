import CallAudio
import CallScenario
import Foundation
import Testing
@testable import CallHarness

@Suite("Replay of recorded callers", .serialized)
struct ReplayTests {
    static let librivox = "/usr/share/pocketsphinx/test/data/librivox"
    static let files = ["sense_and_sensibility_01_austen_64kb-0880", "sense_and_sensibility_01_austen_64kb-0930"]
    let folder = NSTemporaryDirectory() + "callharness-replay-\(UUID().uuidString)"

    /// The reference words of a LibriVox file, from the test data's own `transcription`.
    static func reference(_ id: String) throws -> String {
        let text = try String(contentsOfFile: librivox + "/transcription", encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasSuffix("(\(id))") })
        return line.replacingOccurrences(of: "(\(id))", with: "").replacingOccurrences(of: "<s>", with: "")
            .replacingOccurrences(of: "</s>", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The two recordings joined with a 2 s gap; returns the path and each part's length in seconds.
    func joinedRecording() throws -> (path: String, first: Double, second: Double) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let a = try AudioFile.read(Self.librivox + "/\(Self.files[0]).wav", mono: true)
        let b = try AudioFile.read(Self.librivox + "/\(Self.files[1]).wav", mono: true, sampleRate: a.sampleRate)
        var joined = a
        joined.append(AudioBuffer.silence(frames: 2 * a.sampleRate, sampleRate: a.sampleRate))
        joined.append(b)
        let path = folder + "/librivox.wav"
        try AudioFile.write(joined, to: path)
        return (path, a.duration, b.duration)
    }

    @Test("two LibriVox readings 2 s apart: two turns where the speech is, their words, WER and TTFA",
          .enabled(if: FileManager.default.fileExists(atPath: librivox + "/transcription")))
    func librivoxReplay() throws {
        let (path, first, second) = try joinedRecording()
        let words = try Self.files.map(Self.reference)
        try words.joined(separator: "\n").write(toFile: folder + "/transcript.txt", atomically: true, encoding: .utf8)
        let outcome = try CallReplay.execute(ReplayOptions(audioPath: path, transcriptPath: folder + "/transcript.txt", agentPath: Bundled.agent,
                                                           outputDirectory: folder + "/out"), version: "test")
        let replay = try #require(outcome.report.replay)
        let call = try #require(outcome.report.calls.first)
        #expect(replay.channels == 1 && replay.turnSource == "transcript" && replay.notes.isEmpty)
        #expect(replay.divergences.isEmpty, "nothing to diverge from without an agent channel")
        #expect(call.turns.map(\.caller) == words)
        // The first reading lies in [0, first], the second starts after the 2 s gap.
        #expect(call.turns[0].startMs >= 0 && call.turns[0].endMs <= first * 1000 + 20)
        #expect(call.turns[1].startMs >= (first + 2) * 1000 - 20 && call.turns[1].endMs <= (first + 2 + second) * 1000 + 20)
        #expect(call.turns.allSatisfy { $0.endMs - $0.startMs > 1500 }, "each reading is over 2.5 s long")
        let referenceWords = words.reduce(0) { $0 + $1.split(separator: " ").count }
        #expect(call.werCounts.referenceWords == referenceWords)
        #expect(call.turns.contains { !$0.heard.isEmpty })
        #expect(call.turns.contains { $0.ttfaMs != nil }, "the agent answered a turn: \(call.turns.map(\.agent))")
        for turn in call.turns { #expect(turn.wer >= 0) }
        #expect(FileManager.default.fileExists(atPath: folder + "/out/" + call.artifacts["audio"]!))
    }

    @Test("a JSON transcript's times place the turns; a plain one with a line too many is noted")
    func transcripts() throws {
        let (path, first, _) = try joinedRecording()
        let json = #"[{"startMs": 100, "endMs": 1500, "text": "he was not"}, {"startMs": \#(Int((first + 2) * 1000)), "endMs": \#(Int((first + 3) * 1000)), "text": "he might"}]"#
        try json.write(toFile: folder + "/timed.json", atomically: true, encoding: .utf8)
        let timed = try CallReplay.execute(ReplayOptions(audioPath: path, transcriptPath: folder + "/timed.json", agentPath: Bundled.agent,
                                                         outputDirectory: folder + "/timed"), version: "test")
        let turns = timed.report.replay!.turns.filter { $0.index > 0 }
        #expect(timed.report.replay?.turnSource == "transcript-times")
        #expect(turns.map(\.startMs) == [100, ((first + 2) * 1000).rounded(.down)])
        #expect(turns.map(\.endMs) == [1500, ((first + 3) * 1000).rounded(.down)])
        #expect(timed.report.calls[0].turns.map(\.caller) == ["he was not", "he might"])

        try "one\ntwo\nthree\n".write(toFile: folder + "/three.txt", atomically: true, encoding: .utf8)
        let plain = try CallReplay.execute(ReplayOptions(audioPath: path, transcriptPath: folder + "/three.txt", agentPath: Bundled.agent,
                                                         outputDirectory: folder + "/plain"), version: "test")
        let notes = plain.report.replay!.notes
        #expect(notes.contains { $0.contains("3 lines but 2 caller turn") }, "\(notes)")
        #expect(plain.report.calls[0].turns.map(\.caller) == ["one", "two"])
    }

    /// A cancellation whose caller pauses 1.2 s after "My name is", run once; its
    /// recording is stored as a run stores it.
    func recordedCall(seed: UInt64) throws -> String {
        let yaml = """
            id: paused
            caller: {voice: flite/slt}
            turns:
              - say: "Hi, I need to cancel my appointment."
              - say: "My name is Jane Doe."
                pause: {afterWord: 3, ms: 1200}
              - say: "Yes, please cancel it."
              - say: "No, that's all."
            """
        try FileManager.default.createDirectory(atPath: folder + "/run/calls/paused", withIntermediateDirectories: true)
        try yaml.write(toFile: folder + "/paused.yaml", atomically: true, encoding: .utf8)
        let scenario = try ScenarioLoader.loadScenario(folder + "/paused.yaml")
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: seed).run()
        let path = folder + "/run/calls/paused/call.wav"
        try AudioFile.write(result.recording, to: path)
        return path
    }

    @Test("a run's stereo recording replays against the same agent with no divergence and the same timing")
    func sameAgent() throws {
        let path = try recordedCall(seed: 5)
        let outcome = try CallReplay.execute(ReplayOptions(audioPath: path, agentPath: Bundled.agent, outputDirectory: folder + "/same", seed: 5),
                                             version: "test")
        let replay = try #require(outcome.report.replay)
        #expect(replay.channels == 2)
        #expect(replay.divergences.isEmpty, "\(replay.divergences.map(\.message))")
        #expect(outcome.report.calls[0].passed)
        // Same audio, same seed, same agent: the same call, so every reply comes at the same time.
        let answered = replay.turns.filter { $0.original != nil }
        #expect(answered.count >= 4)
        for turn in answered {
            #expect(turn.new?.ttfaMs == turn.original?.ttfaMs, "turn \(turn.index)")
            #expect((turn.wordOverlap ?? 0) >= ReplayComparison.wordOverlapThreshold, "turn \(turn.index): \(turn.original!.text) / \(turn.new?.text ?? "")")
        }
        #expect(replay.turns.count == 6, "the opening and five caller turns (the pause splits one)")
    }

    @Test("an endpointer that cuts the caller's 1.2 s pause replies after the first half: a divergence")
    func cutPause() throws {
        let path = try recordedCall(seed: 5)
        let outcome = try CallReplay.execute(ReplayOptions(audioPath: path, agentPath: Bundled.agent, overrides: [("endpointing.maxSilenceMs", "600")],
                                                           outputDirectory: folder + "/cut", seed: 5), version: "test")
        let replay = try #require(outcome.report.replay)
        // Turn 2 is "My name is", turn 3 "Jane Doe": the original waited for both.
        #expect(replay.turns[2].original == nil)
        #expect(replay.turns[2].new != nil)
        #expect(replay.divergences.contains { $0.kind == "differentTurn" && $0.turn == 2 }, "\(replay.divergences.map(\.message))")
        #expect(!outcome.report.calls[0].passed)
        #expect(outcome.report.calls[0].failures.contains { $0.contains("after caller turn 2") })
    }

    @Test("bad input: a channel the file lacks, a transcript that is not one")
    func badInput() throws {
        let (path, _, _) = try joinedRecording()
        #expect(throws: ReplayError.self) {
            try CallReplay.execute(ReplayOptions(audioPath: path, agentPath: Bundled.agent, outputDirectory: folder + "/x", callerChannel: 1), version: "t")
        }
        try #"[{"startMs": 5, "text": "no end"}]"#.write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        #expect(throws: ReplayError.self) { try ReplayTranscript.read(folder + "/bad.json") }
    }
}
