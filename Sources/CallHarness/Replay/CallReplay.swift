import ReportModel
import CallAudio
import CallScenario
import Foundation
import SimTime
import VoicePipeline

/// `callharness replay`: a recorded caller played, with its original timing, into the
/// current agent over a perfect 16 kHz line (the recording already went through a real
/// one) — in simulated time for an in-process agent, on the monotonic clock for one that
/// runs elsewhere. The caller's turns are found on its channel (or taken from a timed transcript);
/// with the original agent's channel, the new agent's replies are compared with the
/// original's turn by turn (see `ReplayComparison`). The call is scored like any other
/// and fails when the new agent diverges.
public enum CallReplay {
    /// The replay line's rate.
    public static let lineRate = 16000

    /// Replays the recording and writes the output set — report.json, the call's recording
    /// and its trace — into `output` (by default one in `options.outputDirectory`).
    public static func execute(_ options: ReplayOptions, version: String, output: OutputSet? = nil) throws -> ScenarioRun.Outcome {
        let wallStart = Date()
        let config = try ScenarioLoader.loadAgent(options.agentPath, overrides: options.overrides)
        let recording = try ReplayRecording(path: options.audioPath, callerChannel: options.callerChannel, sampleRate: lineRate)
        let transcript = try options.transcriptPath.map { path throws(ReplayError) in try ReplayTranscript.read(path) }
        var notes: [String] = []
        let (turns, turnSource) = callerTurns(recording, transcript: transcript, notes: &notes)
        guard !turns.isEmpty else { throw ReplayError.silent(options.audioPath) }
        let identity = identity(of: options)
        let output = try output ?? OutputSet(options.outputDirectory)
        let agent = try options.agents.make(config, cassette: .off, listening: options.listening)

        let file = URL(fileURLWithPath: options.audioPath).standardized.path
        let scenario = Scenario(id: identity.id, description: "Replay of \(options.audioPath)", agent: config.file,
                                maxDurationMs: Int(recording.durationMs) + 20_000, file: file)
        var runner = CallRunner(scenario: scenario, agent: agent, runSeed: options.seed ?? 42)
        runner.callSeed = identity.seed
        let spoken = turns.enumerated().map { index, turn in spokenTurn(turn, index: index, rate: recording.sampleRate) }
        let result = try runner.run { context in
            ReplayCaller(samples: recording.caller, sampleRate: context.sampleRate, turns: spoken, trace: context.trace, recognizing: context.recognizing)
        }

        let folder = "calls/\(identity.id)"
        try output.writeCall(folder, recording: result.recording, trace: result.trace)
        let scorer = CallScorer(scenario: scenario, result: result, minInterruptionMs: config.interruption.minInterruptionMs)
        var call = scorer.score(artifacts: ["audio": folder + "/call.wav", "trace": folder + "/trace.jsonl"])

        let comparison = ReplayComparison(turns: turns, sampleRate: recording.sampleRate)
        let heard = result.recording.channel(1).samples
        let newGroups = comparison.group(SpeechStretches.find(heard, sampleRate: lineRate).map(\.span))
        var originalSpeech: [ReplayComparison.Speech]?
        var newRecognized = [String](repeating: "", count: newGroups.count)
        if let original = recording.agent {
            // An agent reached over a telephone stream is heard in its band; the original is then cut to it too.
            let telephoneBand = (agent.audioSampleRate ?? lineRate) <= 8000
            let groups = comparison.group(SpeechStretches.find(original, sampleRate: lineRate).map(\.span))
            let texts = try ReplayComparison.transcribe(original, sampleRate: lineRate, groups: groups, telephoneBand: telephoneBand)
            originalSpeech = zip(groups, texts).map { ReplayComparison.Speech(stretches: $0, text: $1, recognized: $1) }
            newRecognized = try ReplayComparison.transcribe(heard, sampleRate: lineRate, groups: newGroups, telephoneBand: telephoneBand)
        }
        let newSpeech = zip(zip(comparison.windows, newGroups), newRecognized).map { pair, recognized in
            ReplayComparison.Speech(stretches: pair.1, text: newText(result, in: pair.0, recognized: recognized), recognized: recognized)
        }
        let compared = comparison.compare(original: originalSpeech, new: newSpeech)
        call.failures += compared.divergences.map { "diverges: \($0.message)" }
        call.passed = call.failures.isEmpty

        var report = RunReport(
            tool: .init(name: "callharness", version: version), seed: options.seed ?? 42,
            agent: .init(name: config.name, file: config.file, latencyProfile: config.latency.name,
                         reproducible: agent.clock == .simulated && config.latency.isReproducible,
                         overrides: Dictionary(options.overrides.map { ($0.key, ScenarioRun.maskedOverride($0.key, $0.value)) }, uniquingKeysWith: { $1 }),
                         unpronounceableWords: agent.unpronounceable),
            startedAt: ISO8601DateFormatter().string(from: wallStart), complete: true,
            summary: RunSummarizer.summarize([call], wallSeconds: Date().timeIntervalSince(wallStart), seed: options.seed ?? 42),
            calls: [call])
        report.agent.clock = agent.clock == .monotonic ? "monotonic" : "simulated"
        report.replay = ReplayReport(
            recording: file, channels: recording.channels, callerChannel: recording.callerChannel, sampleRate: recording.fileRate,
            durationMs: recording.durationMs.rounded(), turnSource: turnSource, seedSource: identity.source,
            wordOverlapThreshold: ReplayComparison.wordOverlapThreshold, notes: notes + compared.notes,
            turns: compared.turns, divergences: compared.divergences)
        let path = try output.finish(report)
        return ScenarioRun.Outcome(report: report, reportPath: path)
    }

    /// What the new agent said in `window` (samples of the line): its replies' own words
    /// where it publishes them, else the words the caller's ear recognized (`--ear`), else
    /// those the comparison `recognized`.
    static func newText(_ result: CallResult, in window: Range<Int>, recognized: String) -> String {
        func inWindow(_ first: SimInstant?) -> Bool {
            first.map { window.contains(Int($0.microseconds * Int64(lineRate) / 1_000_000)) } ?? false
        }
        guard result.outside != nil else {
            return result.replies.filter { inWindow(result.heard[$0.id]?.first) }.map(\.text).joined(separator: " ")
        }
        let heard = result.heard.filter { inWindow($0.value.first) }.sorted { $0.value.first < $1.value.first }
            .compactMap { result.heardText[$0.key] }.joined(separator: " ")
        return heard.isEmpty ? recognized : heard
    }

    /// The caller's turns: detected on its channel, with words from a plain transcript in
    /// order, or placed by a JSON transcript's times.
    static func callerTurns(_ recording: ReplayRecording, transcript: ReplayTranscript?, notes: inout [String]) -> ([ReplayComparison.Turn], String) {
        let rate = recording.sampleRate, count = recording.caller.count
        let detected = SpeechStretches.find(recording.caller, sampleRate: rate)
        if let transcript, transcript.timed {
            let raw = SpeechStretches.detect(recording.caller, sampleRate: rate)
            let turns = transcript.lines.compactMap { line -> ReplayComparison.Turn? in
                let start = min(count, Int(line.startMs! * Double(rate) / 1000)), end = min(count, Int(line.endMs! * Double(rate) / 1000))
                guard end > start else { return nil }
                let parts = raw.compactMap { part -> Range<Int>? in
                    let lo = max(part.lowerBound, start), hi = min(part.upperBound, end)
                    return lo < hi ? lo..<hi : nil
                }
                return ReplayComparison.Turn(span: start..<end, parts: parts.isEmpty ? [start..<end] : parts, text: line.text)
            }
            if turns.count < transcript.lines.count {
                notes.append("\(transcript.lines.count - turns.count) transcript item(s) lie beyond the end of the recording and were left out")
            }
            if detected.count != turns.count {
                notes.append("the transcript has \(turns.count) timed turn(s), the detector found \(detected.count); the transcript's times are used")
            }
            return (turns, "transcript-times")
        }
        var turns = detected.map { ReplayComparison.Turn(span: $0.span, parts: $0.parts, text: nil) }
        guard let transcript else { return (turns, "vad") }
        for i in turns.indices where i < transcript.lines.count { turns[i].text = transcript.lines[i].text }
        if transcript.lines.count > turns.count {
            notes.append("the transcript has \(transcript.lines.count) lines but \(turns.count) caller turn(s) were detected: lines matched in order, the last \(transcript.lines.count - turns.count) unused")
        } else if transcript.lines.count < turns.count {
            notes.append("the transcript has \(transcript.lines.count) lines but \(turns.count) caller turn(s) were detected: lines matched in order, the last \(turns.count - transcript.lines.count) turn(s) have no reference words")
        }
        return (turns, "transcript")
    }

    private static func spokenTurn(_ turn: ReplayComparison.Turn, index: Int, rate: Int) -> SpokenTurn {
        func instant(_ sample: Int) -> SimInstant { .zero + .samples(sample, rate: rate) }
        return SpokenTurn(index: index, kind: .audio, text: turn.text ?? "", start: instant(turn.span.lowerBound), end: instant(turn.span.upperBound),
                          segments: turn.parts.map { SpokenTurn.Segment(start: instant($0.lowerBound), end: instant($0.upperBound)) },
                          bargeIn: false, answered: nil, sourceLine: nil)
    }

    /// The replayed call's id and seed. A recording inside a run's output folder
    /// (`<out>/calls/<id>/…/call.wav`) keeps its scenario id and, unless `--seed` is
    /// given, the seed that call had (from `<out>/report.json`), so the agent draws the
    /// same latencies as it did; any other file is named after itself.
    static func identity(of options: ReplayOptions) -> (id: String, seed: UInt64?, source: String) {
        let components = URL(fileURLWithPath: options.audioPath).standardized.pathComponents
        let callsIndex = components.indices.reversed().first { $0 >= components.count - 4 && $0 + 2 < components.count && components[$0] == "calls" }
        let stem = URL(fileURLWithPath: options.audioPath).deletingPathExtension().lastPathComponent
        let id = slug(callsIndex.map { components[$0 + 1] } ?? stem)
        let runSeed = options.seed ?? 42
        if options.seed == nil, let (report, call) = originalCall(options.audioPath) {
            return (id, call.seed, "the recorded call's own seed \(call.seed), from \(report)")
        }
        return (id, nil, "derived from run seed \(runSeed) and the call id '\(id)'")
    }

    /// The call a recording inside a run's output folder (`<out>/calls/<id>/…/call.wav`)
    /// was, from that folder's report.json, and the report's path; nil for any other file.
    static func originalCall(_ audioPath: String) -> (report: String, call: CallReport)? {
        let components = URL(fileURLWithPath: audioPath).standardized.pathComponents
        guard let callsIndex = components.indices.reversed().first(where: { $0 >= components.count - 4 && $0 + 2 < components.count && components[$0] == "calls" })
        else { return nil }
        let root = NSString.path(withComponents: Array(components[..<callsIndex]))
        let relative = components[callsIndex...].joined(separator: "/")
        guard let report = try? RunReport.read(from: root + "/report.json"),
              let call = report.calls.first(where: { $0.artifacts["audio"] == relative }) else { return nil }
        return (root + "/report.json", call)
    }

    /// `text` as a scenario id: lowercase letters, digits, `.`, `_` and `-`.
    static func slug(_ text: String) -> String {
        let mapped = String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        let trimmed = mapped.drop { !($0.isLetter || $0.isNumber) }
        return trimmed.isEmpty ? "replay" : String(trimmed)
    }
}
