import ReportModel
import ArgumentParser
import CallHarness
import CallReports
import Foundation
import MediaStreamCalls

/// `callharness replay AUDIO [--transcript FILE] [--agent FILE] [--set KEY=VALUE]... [--out DIR] [--caller-channel N] [--seed N] [--ear MODE]`
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a recorded caller, with its original timing, against the current agent and show where it diverges.",
        discussion: """
            AUDIO is any audio file at any rate: mono is the caller alone; stereo holds the caller and the original \
            agent (a run's calls/<id>/call.wav: left caller, right agent). The caller plays as recorded whatever the \
            agent says. With the original agent's channel, each of its replies is compared with the new agent's: \
            talking over the caller, replying after a different turn, or saying something else is a divergence; \
            timing changes are shown. A recording from a run's output folder replays with that call's own seed unless \
            --seed is given. An agent file with external: is called over its media stream in real time, the \
            recording played into it as recorded; --ear names the recognizer its words are heard with. Exit code 0 without divergence, 1 when the new agent diverges, 2 on bad input.
            """)

    @Argument(help: "The recording: mono (caller) or stereo (caller and original agent).")
    var audio: String

    @Option(help: ArgumentHelp("The caller's words: one turn per line, or JSON [{\"startMs\", \"endMs\", \"text\"}] whose times place the turns.", valueName: "FILE"))
    var transcript: String?

    @OptionGroup var options: AgentOptions

    @Option(help: "Output folder for report.json, report.html, junit.xml, summary.md and the call's recording and trace (replaced as a whole).")
    var out = "Reports/replay"

    @Option(name: .customLong("caller-channel"), help: "The channel of a stereo recording that holds the caller: 0 or 1 (the other is the original agent).")
    var callerChannel = 0

    @Option(parsing: .unconditional, help: "Run seed the call's seed derives from (default: the recorded call's own seed when the file is in a run's output folder, else 42).")
    var seed: SeedText?

    @OptionGroup(title: "Caller") var earOptions: EarOptions

    func run() throws {
        let seed = try seed?.value()
        guard callerChannel == 0 || callerChannel == 1 else { throw BadInput("--caller-channel \(callerChannel): expected 0 or 1") }
        var replayOptions = ReplayOptions(audioPath: audio, transcriptPath: transcript, agentPath: options.agent ?? ReplayOptions.defaultAgent,
                                          overrides: try options.overrides(), outputDirectory: out, callerChannel: callerChannel, seed: seed)
        replayOptions.agents = ExternalAgent.maker
        replayOptions.listening = try earOptions.listening()
        let outcome = try reportingScaleInput {
            try CallReplay.execute(replayOptions, version: CallHarnessVersion.current, output: OutputSet(out, documents: ReportWriters.documents()))
        }
        if let replay = outcome.report.replay, let call = outcome.report.calls.first { print(ReplayText.render(replay, call: call)) }
        print(RunSummaryText.render(outcome.report, path: outcome.reportPath))
        if !outcome.allPassed { throw ExitCode(1) }
    }
}

/// The replay's turns, timings and divergences as text.
enum ReplayText {
    static func render(_ replay: ReplayReport, call: CallReport) -> String {
        func ms(_ x: Double?) -> String { x.map { String(format: "%.0f ms", $0) } ?? "–" }
        var lines = ["replay of \(replay.recording) (\(replay.channels == 2 ? "caller channel \(replay.callerChannel), original agent on the other" : "caller only"), \(String(format: "%.1f", replay.durationMs / 1000)) s; turns from \(replay.turnSource); seed \(replay.seedSource))"]
        for turn in replay.turns {
            let scored = turn.index > 0 && turn.index <= call.turns.count ? call.turns[turn.index - 1] : nil
            let head = turn.index == 0 ? "opening" : String(format: "turn %d  %.1f–%.1f s", turn.index, turn.startMs / 1000, turn.endMs / 1000)
            var parts = [head]
            // An agent elsewhere shows no recognizer: what it heard is not observable.
            if let scored, call.outside == nil {
                parts.append("heard \"\(scored.heard)\"")
                if !scored.caller.isEmpty { parts.append(String(format: "WER %.0f%%", scored.wer * 100)) }
            }
            if replay.channels == 2 { parts.append("TTFA \(ms(turn.original?.ttfaMs)) → \(ms(turn.new?.ttfaMs))") } else { parts.append("TTFA \(ms(turn.new?.ttfaMs))") }
            if let overlap = turn.wordOverlap { parts.append(String(format: "word overlap %.2f", overlap)) }
            lines.append("  " + parts.joined(separator: "   "))
        }
        for note in replay.notes { lines.append("note: \(note)") }
        if replay.channels == 2 {
            lines.append(replay.divergences.isEmpty ? "no divergence from the original agent" : "\(replay.divergences.count) divergence(s):")
            for divergence in replay.divergences { lines.append("  - [\(divergence.kind)] \(divergence.message)") }
        }
        return lines.joined(separator: "\n")
    }
}
