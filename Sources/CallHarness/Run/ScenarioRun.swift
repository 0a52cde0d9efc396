import ReportModel
import CallProviders
import CallAudio
import CallScenario
import Foundation
import SimTime
import Synchronization
import VoicePipeline

/// A whole run: load and check every scenario, prepare the agent once, run the calls in
/// parallel, score, and write the output set (each call's recording and trace as it
/// finishes, then report.json and its documents, put in place together).
public enum ScenarioRun {
    /// The outcome of a run.
    public struct Outcome: Sendable {
        /// The report as written.
        public var report: RunReport
        /// Where it was written.
        public var reportPath: String
        /// True when the run was asked to stop early (see `RunInterruption`).
        public var interrupted = false
        /// True when every call passed — or, with repeats, every scenario's verdict holds.
        public var allPassed: Bool {
            if let verdicts = report.scenarios { return verdicts.allSatisfy(\.holds) }
            return report.calls.allSatisfy(\.passed)
        }
    }

    /// Loads the scenarios and their main agent (the one most of them call; every other
    /// agent they call is checked too); any problem is a `ScenarioError` naming the file.
    public static func load(_ options: RunOptions) throws -> (scenarios: [Scenario], agent: AgentConfig) {
        let files = try ScenarioLoader.discover(options.paths)
        guard !files.isEmpty else {
            throw ScenarioError(file: options.paths.joined(separator: ", "), line: nil, key: nil, message: "no scenario files found")
        }
        var scenarios: [Scenario] = []
        var seen: [String: String] = [:]
        for file in files {
            let scenario = try ScenarioLoader.loadScenario(file)
            if let other = seen[scenario.id] {
                throw ScenarioError(file: file, line: nil, key: "id", message: "duplicate id '\(scenario.id)' (also in \(other))")
            }
            seen[scenario.id] = file
            scenarios.append(scenario)
        }
        let agents = try RunAgents(scenarios, options: options)
        let agent = try ScenarioLoader.loadAgent(agents.files[0], overrides: options.overrides)
        _ = try agents.configs(options: options, main: agent)
        return (scenarios.sorted { $0.id < $1.id }, agent)
    }

    /// Runs everything and writes the output set into `output` (by default one with
    /// report.json and the calls' files only, in `options.outputDirectory`). Once
    /// `interruption` is requested no new call starts; the calls already running finish
    /// and the report holds the calls done. On any error the output folder keeps its
    /// previous set. `loaded` is what `load(options)` gave, when the caller already has it
    /// (the files are then read once).
    public static func execute(_ options: RunOptions, loaded: (scenarios: [Scenario], agent: AgentConfig)? = nil, version: String,
                               interruption: RunInterruption? = nil, output: OutputSet? = nil) throws -> Outcome {
        let wallStart = Date()
        let (scenarios, config) = try loaded ?? load(options)
        let output = try output ?? OutputSet(options.outputDirectory)
        let runAgents = try RunAgents(scenarios, options: options)
        let configs = try runAgents.configs(options: options, main: config)
        // Refused before any agent is prepared: load has no meaning in simulated time.
        if options.load != nil, let inProcess = configs.first(where: { $0.external == nil }) {
            throw LoadPlanError.needsAgentElsewhere(inProcess.file)
        }
        let agents = try configs.map { try options.agents.make($0, cassette: options.cassette, listening: options.listening) }
        if let load = options.load {
            return try LoadRun.execute(load, scenarios: scenarios, agents: agents, agentOf: runAgents.index, config: config, options: options,
                                       output: output, version: version, wallStart: wallStart, interruption: interruption)
        }
        let plan = zip(scenarios, runAgents.index).flatMap { scenario, agent -> [PlannedCall] in
            let runs = scenario.expect.runs(requested: options.repeatCount)
            return (1...runs).map { k in
                let name = k == 1 ? scenario.id : "\(scenario.id)-r\(k)"
                return PlannedCall(scenario: scenario, agent: agent, cell: nil, name: name, folder: "calls/\(name)",
                                   repetition: runs > 1 ? Repetition(scenario: scenario.id, index: k, of: runs) : nil)
            }
        }
        let progress = Progress(total: options.shard?.positions(of: plan.count).count ?? plan.count, enabled: options.showProgress)
        return try execute(plan, agents: agents, config: config, options: options, output: output, version: version, wallStart: wallStart,
                           interruption: interruption, progress: { done, call, report, wall in progress.line(done, call.name, report: report, wall: wall) })
    }

    /// Runs the calls of `plan` (only those of `options.shard`, when given) and finishes
    /// `output` with the report; `sweep` makes the report's sweep section from its calls.
    static func execute(_ plan: [PlannedCall], agents: [any CallableAgent], config: AgentConfig, options: RunOptions, output: OutputSet,
                        version: String, wallStart: Date, interruption: RunInterruption?, progress: @escaping CallBatch.Progress,
                        sweep: (([CallReport]) -> SweepReport)? = nil) throws -> Outcome {
        let positions = options.shard?.positions(of: plan.count) ?? Array(plan.indices)
        let judge = try CallJudge(options.judge, cassette: options.cassette)
        let planned = positions.map { plan[$0] }
        let finished = try CallBatch.run(planned, agents: agents, judge: judge, options: options, output: output,
                                         interruption: interruption, progress: progress)
        return try finish(planned: planned, finished: finished, plan: plan, positions: positions, agents: agents, config: config, options: options,
                          output: output, version: version, wallStart: wallStart, interruption: interruption) { report in
            report.sweep = sweep?(report.calls)
        }
    }

    /// Makes the report of the `finished` calls of `planned` (the `positions` of `plan`),
    /// lets `complete` add its sections, and writes the output set.
    static func finish(planned: [PlannedCall], finished: [(index: Int, report: CallReport)], plan: [PlannedCall], positions: [Int],
                       agents: [any CallableAgent], config: AgentConfig, options: RunOptions, output: OutputSet, version: String,
                       wallStart: Date, interruption: RunInterruption?, complete: (inout RunReport) -> Void) throws -> Outcome {
        // A call of another agent than the run's main one says which.
        let ordered = finished.map { call in
            var report = call.report
            let agent = agents[planned[call.index].agent].config
            if agent.file != config.file { report.agent = agent.name }
            return report
        }
        var report = RunReport(
            tool: .init(name: "callharness", version: version), seed: options.seed,
            agent: .init(name: config.name, file: config.file, latencyProfile: config.latency.name,
                         reproducible: Set(plan.map(\.agent)).allSatisfy { isReproducible(agents[$0].config, options) },
                         overrides: Dictionary(options.overrides.map { ($0.key, maskedOverride($0.key, $0.value)) }, uniquingKeysWith: { $1 }),
                         unpronounceableWords: agents[0].unpronounceable),
            startedAt: ISO8601DateFormatter().string(from: wallStart), complete: ordered.count == positions.count,
            summary: RunSummarizer.summarize(ordered, wallSeconds: Date().timeIntervalSince(wallStart), seed: options.seed),
            calls: ordered)
        report.agent.clock = Set(plan.map(\.agent)).contains { agents[$0].clock == .monotonic } ? "monotonic" : "simulated"
        report.judge = options.judge.map { RunReport.JudgeInfo(file: $0.file, model: $0.model) }
        report.scenarios = verdicts(ordered, scenarios: plan.map(\.scenario))
        if let shard = options.shard {
            report.shard = ShardInfo(index: shard.index, count: shard.count, totalCalls: plan.count, positions: finished.map { positions[$0.index] })
        }
        complete(&report)
        let path = try output.finish(report)
        return Outcome(report: report, reportPath: path, interrupted: interruption?.isRequested == true)
    }

    /// Each scenario's verdict over its runs when any scenario ran more than once (flaky
    /// ones first, then by id); nil otherwise.
    static func verdicts(_ calls: [CallReport], scenarios: [Scenario]) -> [ScenarioVerdict]? {
        guard calls.contains(where: { $0.repetition != nil }) else { return nil }
        var required: [String: Double] = [:]
        for scenario in scenarios { required[scenario.id] = scenario.expect.passRate }
        var runs: [String: (runs: Int, passed: Int)] = [:]
        var order: [String] = []
        for call in calls {
            let id = call.repetition?.scenario ?? call.scenario
            if runs[id] == nil { order.append(id) }
            runs[id, default: (0, 0)].runs += 1
            if call.passed { runs[id]!.passed += 1 }
        }
        let verdicts = order.map { ScenarioVerdict(scenario: $0, runs: runs[$0]!.runs, passed: runs[$0]!.passed, required: required[$0] ?? nil) }
        return verdicts.filter(\.flaky) + verdicts.filter { !$0.flaky }
    }

    /// An override's value as the report shows it: a handshake header's value may be a
    /// secret, so it is never written.
    static func maskedOverride(_ key: String, _ value: String) -> String {
        key.hasPrefix("external.headers.") ? "(not shown)" : value
    }

    /// Whether the same inputs and seed give the same report: no measured latencies, and
    /// a model brain only with a cassette (a recorded run replays to the same report).
    static func isReproducible(_ config: AgentConfig, _ options: RunOptions) -> Bool {
        guard case .llm = config.brain else { return config.isReproducible }
        if case .off = options.cassette { return false }
        return config.latency.isReproducible
    }
}
