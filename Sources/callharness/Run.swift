import ReportModel
import ArgumentParser
import CallDatabase
import CallHarness
import CallProviders
import CallReports
import CallStore
import Foundation
import MediaStreamCalls

/// `callharness run [PATH...] [--agent FILE] [--out DIR] [--seed N] [--jobs N] [--set KEY=VALUE]...`
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run scenarios as simulated calls against the agent and write report.json.",
        discussion: """
            Exit code 0 when every scenario passes (and, with --baseline, the gate passes), 1 when some fail or the \
            gate finds a regression, 2 on bad input, 130 when interrupted (the report then holds the calls finished \
            and is marked incomplete).
            """)

    @Argument(help: "Scenario files or folders.")
    var paths: [String] = ["Scenarios"]

    @OptionGroup var options: AgentOptions

    @Option(help: "Output folder for report.json, report.html, junit.xml, summary.md and per-call recordings and traces (replaced as a whole).")
    var out = "Reports/latest"

    @Option(parsing: .unconditional, help: "Run seed; every call derives its own from it and the scenario id.")
    var seed = SeedText(argument: "42")

    @Option(help: "Calls run in parallel (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Run every scenario N times, each with its own derived seed; verdicts then hold over the runs (pass rates with Wilson intervals).", valueName: "N"))
    var repeatCount = 1

    @OptionGroup(title: "Scale") var scale: ScaleOptions

    @Option(help: ArgumentHelp("After the run, compare its report with this baseline report.json and apply the gate.", valueName: "FILE"))
    var baseline: String?

    @OptionGroup(title: "Gate (with --baseline)") var gate: GateOptions

    @OptionGroup(title: "History") var historyOptions: HistoryOptions

    @Option(help: ArgumentHelp("Store every model request and response (the agent's and the judge's), with its timing, in this cassette folder.", valueName: "DIR"))
    var record: String?

    @Option(help: ArgumentHelp("Answer model requests from this cassette folder, offline, with the recorded timing.", valueName: "DIR"))
    var replay: String?

    @OptionGroup(title: "Judge") var judgeOptions: JudgeOptions

    @OptionGroup(title: "Caller") var earOptions: EarOptions

    @OptionGroup(title: "Load test (an agent that runs elsewhere)") var loadOptions: LoadOptions

    func run() throws {
        let seed = try seed.value()
        guard jobs >= 1 else { throw BadInput("run: --jobs must be at least 1") }
        guard (1...1000).contains(repeatCount) else { throw BadInput("run: --repeat \(repeatCount): expected a whole number from 1 to 1000") }
        var runOptions = RunOptions(paths: paths, agentPath: options.agent, outputDirectory: out, seed: seed, jobs: jobs,
                                    overrides: try options.overrides(), showProgress: true)
        runOptions.agents = ExternalAgent.maker
        runOptions.cassette = try cassette()
        runOptions.repeatCount = repeatCount
        runOptions.judge = try judgeOptions.config()
        runOptions.listening = try earOptions.listening()
        try scale.apply(to: &runOptions)
        runOptions.load = try loadOptions.plan(seed: seed)
        // A load test places many calls: only the failing ones keep their recording and trace.
        if runOptions.load != nil { runOptions.keepAudio = .failing }
        if runOptions.load != nil && repeatCount > 1 { throw BadInput("run: --repeat and a load test cannot be used together: the load flags say how many calls to place") }
        if runOptions.load != nil && runOptions.shard != nil { throw BadInput("run: --shard and a load test cannot be used together") }
        let thresholds = try gate.resolved()
        let baselineReport = try baseline.map(readReport)
        let loaded = try reportingBadInput { try ScenarioRun.load(runOptions) }
        let history = try historyOptions.open()
        let provenance = history == nil ? RunProvenance() : RunProvenance.capture(agentFile: loaded.agent.file, latencyProfileFile: loaded.agent.latency.file)
        let trend = (try? history?.recentRuns(limit: 30))?.map { HistoryPoint(row: $0) } ?? []
        let output = try reportingBadInput { try OutputSet(out, documents: ReportWriters.documents(baseline: baselineReport, thresholds: thresholds, history: trend)) }

        let interruption = RunInterruption.watching { _, count in
            let text = count == 1
                ? "callharness: interrupted: finishing the calls in progress, then writing the report (interrupt again to stop at once)\n"
                : "callharness: stopped at once; \(out) keeps the previous run's files\n"
            FileHandle.standardError.write(Data(text.utf8))
            if count > 1 { _exit(130) }
        }
        let outcome = try reportingBadInput {
            do {
                return try ScenarioRun.execute(runOptions, loaded: loaded, version: CallHarnessVersion.current, interruption: interruption, output: output)
            } catch let error as ProviderError {
                throw BadInput(error.description)
            } catch let error as LoadPlanError {
                throw BadInput("run: \(error)")
            }
        }
        interruption.stopWatching()
        print(RunSummaryText.render(outcome.report, path: outcome.reportPath))
        if let load = outcome.report.load { print(LoadSummaryText.render(load)) }
        historyOptions.record(into: history) { history throws(DatabaseError) in
            let id = try history.record(outcome.report, provenance: provenance, reportPath: URL(fileURLWithPath: outcome.reportPath).standardized.path)
            return "history: run \(id) recorded in \(history.path)"
        }
        if outcome.interrupted {
            let of = runOptions.load == nil ? " of \(loaded.scenarios.count)" : ""
            print("interrupted: \(outcome.report.calls.count)\(of) calls finished; the report is marked \(outcome.report.complete ? "complete" : "incomplete")")
            throw ExitCode(130)
        }
        var failed = !outcome.allPassed
        if let baseline, let baselineReport {
            let comparison = ReportComparison(candidate: outcome.report, baseline: baselineReport, thresholds: thresholds)
            print("\ncompared with \(baseline):")
            print(comparison.text)
            failed = failed || !comparison.verdict.passed
        }
        if failed { throw ExitCode(1) }
    }
}

extension Run {
    /// The cassette mode of `--record` and `--replay` (at most one; a replayed folder must exist).
    func cassette() throws -> CassetteMode {
        switch (record, replay) {
        case (nil, nil): return .off
        case (let folder?, nil): return .record(folder)
        case (nil, let folder?):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw BadInput("--replay \(folder): no such cassette folder")
            }
            return .replay(folder)
        case (_?, _?): throw BadInput("run: --record and --replay cannot be used together")
        }
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

extension HistoryPoint {
    /// A report trend point from a recorded run.
    init(row: HistoryRow) {
        self.init(runId: String(row.id), startedAt: row.startedAt, ttfaP95Ms: row.ttfaP95Ms, completionRate: row.completionRate, wer: row.wer)
    }
}
