import ArgumentParser
import CallHarness
import CallScenario
import Foundation

/// `callharness validate PATH...`
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario, agent, profile, flow and judge files without running them.",
        discussion: """
            Each file is recognized by its folder (agents, profiles, flows, judges) or its keys; folders are searched \
            recursively, their agents, profiles and flows folders included, and the agents the scenarios call are \
            checked with their profiles and flows. Prints one line per problem (file:line: key: message) on stderr; \
            exit code 2 when there is any.
            """)

    @Argument(help: "Scenario, agent, profile, flow or judge files, or folders of them.")
    var paths: [String] = ["Scenarios"]

    @Option(help: "Agent YAML to check the scenarios against (default: their own).")
    var agent: String?

    func run() throws {
        let problems = ScenarioCheck.problems(paths, agent: agent)
        if problems.errors.isEmpty {
            let judges = problems.judges > 0 ? ", \(problems.judges) judge(s)" : ""
            print("ok: \(problems.scenarios) scenarios, \(problems.agents) agent(s), \(problems.profiles) profile(s), \(problems.flows) flow(s)\(judges) checked")
            return
        }
        FileHandle.standardError.write(Data(problems.errors.map { $0.description + "\n" }.joined().utf8))
        throw ExitCode(2)
    }
}
