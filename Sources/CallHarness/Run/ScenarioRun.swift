import CallAudio
import CallScenario
import Foundation
import Synchronization
import VoicePipeline

/// A whole run: load and check every scenario, prepare the agent once, run the calls in
/// parallel, write each call's recording and trace, score, and write report.json.
public enum ScenarioRun {
    /// The outcome of a run.
    public struct Outcome: Sendable {
        /// The report as written.
        public var report: RunReport
        /// Where it was written.
        public var reportPath: String
        /// True when the run was asked to stop early (see `RunInterruption`).
        public var interrupted = false
        /// True when every call passed.
        public var allPassed: Bool { report.calls.allSatisfy(\.passed) }
    }

    /// Loads the scenarios and their agent; any problem is a `ScenarioError` naming the file.
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
        let agentPaths = Set(scenarios.compactMap { options.agentPath ?? $0.agent })
        guard let agentPath = options.agentPath ?? agentPaths.first else {
            throw ScenarioError(file: files[0], line: nil, key: "agent", message: "no agent: name one in the scenario or pass --agent")
        }
        guard agentPaths.count <= 1 else {
            throw ScenarioError(file: files[0], line: nil, key: "agent", message: "the scenarios name different agents (\(agentPaths.sorted().joined(separator: ", "))); pass --agent to choose one")
        }
        let agent = try ScenarioLoader.loadAgent(agentPath, overrides: options.overrides)
        return (scenarios.sorted { $0.id < $1.id }, agent)
    }

    /// Runs everything and writes the report. Once `interruption` is requested no new call
    /// starts; the calls already running finish and the report holds the calls done.
    public static func execute(_ options: RunOptions, version: String, interruption: RunInterruption? = nil) throws -> Outcome {
        let wallStart = Date()
        let (scenarios, config) = try load(options)
        let agent = try PreparedAgent(config, cassette: options.cassette)
        try FileManager.default.createDirectory(atPath: options.outputDirectory + "/calls", withIntermediateDirectories: true)

        let reports = Mutex<[Int: CallReport]>([:])
        let firstError = Mutex<(any Error)?>(nil)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let progress = Progress(total: scenarios.count, enabled: options.showProgress)
        let workers = min(options.jobs, scenarios.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < scenarios.count, firstError.withLock({ $0 == nil }), interruption?.isRequested != true else { return }
                let scenario = scenarios[index]
                let started = Date()
                do {
                    let report = try runCall(scenario, agent: agent, options: options)
                    reports.withLock { $0[index] = report }
                    let finished = done.add(1, ordering: .relaxed).newValue
                    progress.line(finished, scenario.id, report: report, wall: Date().timeIntervalSince(started))
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }

        let ordered = (0..<scenarios.count).compactMap { i in reports.withLock { $0[i] } }
        let report = RunReport(
            tool: .init(name: "callharness", version: version), seed: options.seed,
            agent: .init(name: config.name, file: config.file, latencyProfile: config.latency.name,
                         reproducible: config.latency.isReproducible,
                         overrides: Dictionary(options.overrides.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }),
                         unpronounceableWords: agent.unpronounceable),
            startedAt: ISO8601DateFormatter().string(from: wallStart), complete: ordered.count == scenarios.count,
            summary: RunSummarizer.summarize(ordered, wallSeconds: Date().timeIntervalSince(wallStart), seed: options.seed),
            calls: ordered)
        let path = options.outputDirectory + "/report.json"
        try ReportFile.writeJSON(report, to: path)
        return Outcome(report: report, reportPath: path, interrupted: interruption?.isRequested == true)
    }

    /// Runs and scores one call, writing its recording and trace.
    static func runCall(_ scenario: Scenario, agent: PreparedAgent, options: RunOptions) throws -> CallReport {
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: options.seed).run()
        let folder = "calls/\(scenario.id)"
        try FileManager.default.createDirectory(atPath: options.outputDirectory + "/" + folder, withIntermediateDirectories: true)
        try AudioFile.write(result.recording, to: options.outputDirectory + "/" + folder + "/call.wav")
        try ReportFile.writeTrace(result.trace, to: options.outputDirectory + "/" + folder + "/trace.jsonl")
        let scorer = CallScorer(scenario: scenario, result: result, minInterruptionMs: agent.config.interruption.minInterruptionMs)
        return scorer.score(artifacts: ["audio": folder + "/call.wav", "trace": folder + "/trace.jsonl"])
    }
}
