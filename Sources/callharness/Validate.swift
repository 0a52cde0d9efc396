import ArgumentParser
import CallHarness
import CallScenario

/// `callharness validate PATH...`
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario, agent, profile and flow files without running them.",
        discussion: "Prints one line per problem (file:line: key: message); exit code 2 when there is any.")

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["Scenarios"]

    @Option(help: "Agent YAML to check the scenarios against (default: their own).")
    var agent: String?

    func run() throws {
        let problems = ScenarioCheck.problems(paths, agent: agent)
        if problems.errors.isEmpty {
            print("ok: \(problems.scenarios) scenarios, \(problems.agents) agent(s) checked")
            return
        }
        for error in problems.errors { print(error.description) }
        throw ExitCode(2)
    }
}
