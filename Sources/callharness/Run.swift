import ArgumentParser
import CallHarness
import CallReports
import Foundation

/// `callharness run [PATH...] [--agent FILE] [--out DIR] [--seed N] [--jobs N] [--set KEY=VALUE]...`
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run scenarios as simulated calls against the agent and write report.json.",
        discussion: "Exit code 0 when every scenario passes, 1 when some fail, 2 on bad input.")

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["Scenarios"]

    @OptionGroup var options: AgentOptions

    @Option(help: "Output folder for report.json and per-call recordings and traces.")
    var out = "Reports/latest"

    @Option(help: "Run seed; every call derives its own from it and the scenario id.")
    var seed: UInt64 = 42

    @Option(help: "Calls run in parallel (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A previous report.json to compare with in report.html and summary.md.")
    var baseline: String?

    func run() throws {
        guard jobs >= 1 else { throw BadInput("run: --jobs must be at least 1") }
        let runOptions = RunOptions(paths: paths, agentPath: options.agent, outputDirectory: out, seed: seed, jobs: jobs,
                                    overrides: try options.overrides(), showProgress: true)
        let base = try baseline.map { path in do { return try ReportWriters.loadReport(path) } catch { throw BadInput("\(error)") } }
        let outcome = try reportingBadInput { try ScenarioRun.execute(runOptions, version: CallHarnessVersion.current) }
        try ReportWriters.writeAll(outcome.report, to: out, baseline: base)
        print(RunSummaryText.render(outcome.report, path: outcome.reportPath))
        if !outcome.allPassed { throw ExitCode(1) }
    }
}

/// Options naming and adjusting the agent under test, shared by run, replay and sweep.
struct AgentOptions: ParsableArguments {
    @Option(help: "Agent YAML for every scenario (default: the scenarios' own agent).")
    var agent: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override an agent or latency-profile value, e.g. endpointing.minSilenceMs=900 or latency.llm.ttftMs=300.", valueName: "KEY=VALUE"))
    var settings: [String] = []

    func overrides() throws -> [(key: String, value: String)] {
        try settings.map { setting in
            guard let eq = setting.firstIndex(of: "="), eq != setting.startIndex else {
                throw BadInput("--set \(setting): expected KEY=VALUE")
            }
            return (String(setting[..<eq]), String(setting[setting.index(after: eq)...]))
        }
    }
}
