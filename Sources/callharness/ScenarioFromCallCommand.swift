import ArgumentParser
import CallHarness
import Foundation

/// `callharness scenario-from-call AUDIO [--transcript FILE] [--out FILE.yaml] [--agent FILE] [--caller-channel N] [--force]`
struct ScenarioFromCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario-from-call",
        abstract: "Turn a recorded call into a regression scenario: the caller's turns as audio clips with their words.",
        discussion: """
            AUDIO is mono (the caller) or stereo (caller and agent, like a run's calls/<id>/call.wav). The caller's \
            turns are found on its channel (or placed by a timed JSON transcript) and written as clips in \
            <name>-audio/ beside the scenario. Their words come from --transcript, from the run's report.json when \
            the recording is in a run's output folder, or are recognized (check them: they are the WER reference). \
            From a run's folder, `expect` is prefilled with what the original agent did, to be edited into what it \
            should do. An existing scenario is kept unless --force is given. Exit code 0, or 2 on bad input.
            """)

    @Argument(help: "The recording: mono (caller) or stereo (caller and original agent).")
    var audio: String

    @Option(help: ArgumentHelp("The caller's words: one turn per line, or JSON [{\"startMs\", \"endMs\", \"text\"}] whose times place the turns.", valueName: "FILE"))
    var transcript: String?

    @Option(help: ArgumentHelp("The scenario file to write; its clips go in <name>-audio/ beside it.", valueName: "FILE.yaml"))
    var out = "Scenarios/from-call.yaml"

    @Option(help: ArgumentHelp("The agent the scenario names (default: the original run's agent, when known).", valueName: "FILE"))
    var agent: String?

    @Option(name: .customLong("caller-channel"), help: "The channel of a stereo recording that holds the caller: 0 or 1.")
    var callerChannel = 0

    @Flag(help: "Replace an existing scenario file and its clip folder.")
    var force = false

    func run() throws {
        guard callerChannel == 0 || callerChannel == 1 else { throw BadInput("--caller-channel \(callerChannel): expected 0 or 1") }
        let options = ScenarioFromCall.Options(audioPath: audio, transcriptPath: transcript, callerChannel: callerChannel, outputPath: out,
                                               agentPath: agent, replace: force)
        let outcome = try reportingScaleInput { try ScenarioFromCall.execute(options) }
        print("scenario: \(outcome.scenarioPath) (\(outcome.turns.count) caller turn\(outcome.turns.count == 1 ? "" : "s"))")
        for (index, turn) in outcome.turns.enumerated() {
            print(String(format: "  %2d  %6.1f–%.1f s  [%@] %@", index + 1, turn.startMs / 1000, turn.endMs / 1000, turn.source, turn.text))
        }
        if let report = outcome.report { print("expectations prefilled from \(report): edit them into what the agent should do") }
        for note in outcome.notes { print("note: \(note)") }
    }
}
