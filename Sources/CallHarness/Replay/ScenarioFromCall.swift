import CallAudio
import CallScenario
import CallSpeech
import Foundation
import ReportModel

/// Turns a recorded call into a regression scenario: the caller's turns, cut from its
/// channel where the detector (or a timed transcript) places them, become `audio:` turns
/// with their words — from the transcript, from the original run's report when the
/// recording is in a run's output folder, or recognized — and `expect` is prefilled
/// from what the original agent did, when a report holds it. Unlike `replay` (open loop,
/// the recording's own timing), the scenario's caller waits for the agent, so it tests
/// any later agent turn by turn.
public enum ScenarioFromCall {
    /// What to convert and where to write it.
    public struct Options: Sendable {
        /// The recording: mono (the caller) or stereo (caller and original agent).
        public var audioPath: String
        /// Reference words: plain lines in order, or timed JSON (see `replay`).
        public var transcriptPath: String?
        /// The channel that holds the caller (0 or 1).
        public var callerChannel = 0
        /// The scenario file to write (`.yaml`); its clips go in `<name>-audio/` beside it.
        public var outputPath: String
        /// The agent the scenario names (default: the original run's, when known).
        public var agentPath: String?
        /// Replace an existing scenario file and clip folder.
        public var replace = false

        /// Creates options.
        public init(audioPath: String, transcriptPath: String? = nil, callerChannel: Int = 0, outputPath: String,
                    agentPath: String? = nil, replace: Bool = false) {
            self.audioPath = audioPath
            self.transcriptPath = transcriptPath
            self.callerChannel = callerChannel
            self.outputPath = outputPath
            self.agentPath = agentPath
            self.replace = replace
        }
    }

    /// One caller turn of the scenario.
    public struct Turn: Sendable, Equatable {
        /// The clip, relative to the scenario file.
        public var clip: String
        /// Its words.
        public var text: String
        /// Where the words came from: `transcript`, `report` or `recognized`.
        public var source: String
        /// Where the turn lay in the recording, in ms.
        public var startMs: Double
        public var endMs: Double
    }

    /// What was written.
    public struct Outcome: Sendable {
        /// The scenario file.
        public var scenarioPath: String
        /// Its turns.
        public var turns: [Turn]
        /// The original run's report the expectations came from, if any.
        public var report: String?
        /// Caveats (transcript and detector disagreeing, words recognized).
        public var notes: [String]
    }

    /// Audio kept before and after each detected turn, so no onset or tail is clipped.
    static let paddingMs = 120

    /// Converts the recording and writes the scenario and its clips. Nothing is written
    /// unless all of it can be; an existing file is kept unless `replace` is set.
    public static func execute(_ options: Options) throws -> Outcome {
        let output = URL(fileURLWithPath: options.outputPath).standardized
        guard ["yaml", "yml"].contains(output.pathExtension.lowercased()) else {
            throw ReplayError.output(options.outputPath, "the scenario file must end in .yaml")
        }
        let clipFolder = output.deletingPathExtension().path + "-audio"
        if !options.replace, FileManager.default.fileExists(atPath: output.path) || FileManager.default.fileExists(atPath: clipFolder) {
            throw ReplayError.output(options.outputPath, "already exists (pass --force to replace it and \(URL(fileURLWithPath: clipFolder).lastPathComponent)/)")
        }
        let file = try AudioFile.read(options.audioPath)
        let rate = file.sampleRate <= 8000 ? 8000 : 16000
        let recording = try ReplayRecording(file, path: options.audioPath, callerChannel: options.callerChannel, sampleRate: rate)
        let transcript = try options.transcriptPath.map { path throws(ReplayError) in try ReplayTranscript.read(path) }
        var notes: [String] = []
        let (detected, _) = CallReplay.callerTurns(recording, transcript: transcript, notes: &notes)
        guard !detected.isEmpty else { throw ReplayError.silent(options.audioPath) }
        let original = CallReplay.originalCall(options.audioPath)
        let words = try self.words(detected, recording: recording, transcript: transcript, original: original?.call, notes: &notes)

        let id = CallReplay.slug(output.deletingPathExtension().lastPathComponent)
        let clipName = URL(fileURLWithPath: clipFolder).lastPathComponent
        let pad = paddingMs * rate / 1000
        var turns: [Turn] = []
        var clips: [(name: String, samples: [Float])] = []
        for (index, turn) in detected.enumerated() {
            let lo = max(0, turn.span.lowerBound - pad), hi = min(recording.caller.count, turn.span.upperBound + pad)
            let name = String(format: "turn-%02d.wav", index + 1)
            clips.append((name, Array(recording.caller[lo..<hi])))
            turns.append(Turn(clip: clipName + "/" + name, text: words[index].text, source: words[index].source,
                              startMs: Double(turn.span.lowerBound) * 1000 / Double(rate), endMs: Double(turn.span.upperBound) * 1000 / Double(rate)))
        }
        let agent = (options.agentPath ?? original.map { $0.report }.flatMap(agentOfReport)).map {
            relativePath(URL(fileURLWithPath: $0).standardized.path, from: output.deletingLastPathComponent().path)
        }
        let folder = output.deletingLastPathComponent().path
        let schema = FileManager.default.fileExists(atPath: folder + "/schema/scenario.schema.json") ? "schema/scenario.schema.json" : nil
        let draft = ScenarioDraft(id: id, recording: options.audioPath, rate: rate, agent: agent, turns: turns, original: original?.call, schema: schema)
        try write(draft.yaml, to: output.path, clips: clips, clipFolder: clipFolder, rate: rate)
        // The file must load as any scenario does; a failure here is this converter's bug.
        _ = try ScenarioLoader.loadScenario(output.path)
        if turns.contains(where: { $0.source == "recognized" }) {
            notes.append("the caller's words were recognized (PocketSphinx, generic model): check the text: lines, they are the WER reference")
        }
        return Outcome(scenarioPath: output.path, turns: turns, report: original?.report, notes: notes)
    }

    /// Each turn's words: the transcript's, the original report's caller turns when they
    /// line up one to one, else recognized from the clip.
    static func words(_ turns: [ReplayComparison.Turn], recording: ReplayRecording, transcript: ReplayTranscript?, original: CallReport?,
                      notes: inout [String]) throws -> [(text: String, source: String)] {
        let reported = original?.turns.filter { ["say", "answer", "audio"].contains($0.kind) }.map(\.caller) ?? []
        let useReport = transcript == nil && reported.count == turns.count
        if transcript == nil, original != nil, !useReport {
            notes.append("the original report has \(reported.count) spoken caller turn(s), the detector found \(turns.count): words recognized instead")
        }
        var recognizer: PocketSphinxRecognizer?
        var out: [(text: String, source: String)] = []
        for (index, turn) in turns.enumerated() {
            if let text = turn.text, !text.isEmpty {
                out.append((text, "transcript"))
            } else if useReport {
                out.append((reported[index], "report"))
            } else {
                if recognizer == nil {
                    let generic = PocketSphinxConfiguration.genericEnglish
                    recognizer = try PocketSphinxRecognizer(configuration: recording.sampleRate == 8000 ? generic.forTelephone : generic)
                }
                var clip = AudioBuffer(samples: Array(recording.caller[turn.span]), sampleRate: recording.sampleRate)
                if clip.sampleRate != 16000 { clip = Resampler.resample(clip, to: 16000) }
                out.append((recognizer!.recognize(clip.samples, chunk: 320), "recognized"))
            }
        }
        return out
    }

    /// The agent file a run's report names, when it exists.
    static func agentOfReport(_ reportPath: String) -> String? {
        guard let file = (try? RunReport.read(from: reportPath))?.agent.file, FileManager.default.fileExists(atPath: file) else { return nil }
        return file
    }

    /// `path` relative to the folder `base` (both absolute and standardized).
    static func relativePath(_ path: String, from base: String) -> String {
        let target = URL(fileURLWithPath: path).pathComponents, origin = URL(fileURLWithPath: base).pathComponents
        let common = zip(target, origin).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: origin.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Writes the clips into a staging folder beside `clipFolder`, swaps it in, then
    /// writes the scenario atomically; on failure nothing is left half-written.
    static func write(_ yaml: String, to path: String, clips: [(name: String, samples: [Float])], clipFolder: String, rate: Int) throws {
        let fm = FileManager.default
        let staging = clipFolder + ".staging-\(ProcessInfo.processInfo.processIdentifier)"
        let old = clipFolder + ".old-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try? fm.removeItem(atPath: staging)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for clip in clips {
                try AudioFile.write(AudioBuffer(samples: clip.samples, sampleRate: rate), to: staging + "/" + clip.name)
            }
            if fm.fileExists(atPath: clipFolder) { try fm.moveItem(atPath: clipFolder, toPath: old) }
            try fm.moveItem(atPath: staging, toPath: clipFolder)
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try? fm.removeItem(atPath: old)
        } catch {
            try? fm.removeItem(atPath: staging)
            if fm.fileExists(atPath: old) {
                try? fm.removeItem(atPath: clipFolder)
                try? fm.moveItem(atPath: old, toPath: clipFolder)
            }
            let why = (error as? AudioFileError).map { "\($0)" } ?? (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw ReplayError.output(path, "cannot write the scenario: \(why)")
        }
    }
}
