import ArgumentParser
import Foundation
import Receptionist

@main
struct CallHarnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callharness",
        abstract: "Offline call-replay and regression evaluation for realtime voice agents.",
        discussion: "Exit codes: 0 success, 1 gate or scenarios failed, 2 bad input.",
        version: CallHarnessVersion.current,
        subcommands: [Run.self, Replay.self, ScenarioFromCallCommand.self, Sweep.self, Merge.self, Compare.self, History.self, Validate.self, Serve.self, Synth.self, Impair.self, Wer.self])

    /// Parses and runs a subcommand; usage errors and bad input exit with code 2 and one line.
    static func main() {
        HospitalDomain.register()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BadInput {
            FileHandle.standardError.write(Data("callharness: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                let usage = message(for: error).split(separator: "\n").first.map(String.init) ?? "bad arguments"
                FileHandle.standardError.write(Data("callharness: \(usage) (see --help)\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
