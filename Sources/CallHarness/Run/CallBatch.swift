import SimTime
import ReportModel
import CallScenario
import Foundation
import Synchronization
import VoicePipeline

/// One call of a run or a sweep: its scenario (with the sweep cell applied), the agent it
/// calls, its name in the report and the folder for its files.
struct PlannedCall: Sendable {
    var scenario: Scenario
    /// Index into the batch's agents.
    var agent: Int
    /// The sweep cell's key, nil outside a sweep.
    var cell: String?
    /// The call's `scenario` in the report (unique in a run).
    var name: String
    /// Folder of its recording and trace, relative to the output folder.
    var folder: String
    /// Which run of a repeated scenario it is, nil for a scenario run once.
    var repetition: Repetition? = nil
    /// A seed of its own, when its place in a plan decides it (a load test's calls).
    var ownSeed: UInt64? = nil

    /// The call's seed: the first run of a scenario keeps the seed a single run gives it;
    /// each further run derives its own.
    func seed(runSeed: UInt64) -> UInt64? {
        if let ownSeed { return ownSeed }
        guard let repetition, repetition.index > 1 else { return nil }
        return Seed.derive(runSeed, scenario.id, "repeat", String(repetition.index))
    }
}

/// Runs planned calls `jobs` at a time, each on its own scheduler, and returns their
/// reports in plan order. Results do not depend on `jobs` or on which calls run: every
/// call's seed comes from the run seed, its scenario and its cell.
enum CallBatch {
    /// Told about every finished call: how many are done, the call, its report, and the
    /// wall-clock seconds it took.
    typealias Progress = @Sendable (_ done: Int, _ call: PlannedCall, _ report: CallReport, _ wall: Double) -> Void

    /// Runs `calls`; once `interruption` is requested no new call starts, and the reports
    /// of the calls finished are returned with their index in `calls`.
    static func run(_ calls: [PlannedCall], agents: [any CallableAgent], judge: CallJudge, options: RunOptions, output: OutputSet,
                    interruption: RunInterruption?, progress: @escaping Progress) throws -> [(index: Int, report: CallReport)] {
        SynthesisCache.shared.directory = options.cacheDirectory
        try output.createCallsFolder()
        let reports = Mutex<[Int: CallReport]>([:])
        let firstError = Mutex<(any Error)?>(nil)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let workers = max(1, min(options.jobs, calls.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < calls.count, firstError.withLock({ $0 == nil }), interruption?.isRequested != true else { return }
                let call = calls[index]
                let started = Date()
                do {
                    let report = try runCall(call, agent: agents[call.agent], judge: judge, options: options, output: output)
                    reports.withLock { $0[index] = report }
                    progress(done.add(1, ordering: .relaxed).newValue, call, report, Date().timeIntervalSince(started))
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }
        return reports.withLock { done in (0..<calls.count).compactMap { i in done[i].map { (i, $0) } } }
    }

    /// Runs and scores one call — its judge criteria too — writing its recording and trace
    /// into `output` when `options.keepAudio` asks for them.
    static func runCall(_ call: PlannedCall, agent: any CallableAgent, judge: CallJudge, options: RunOptions, output: OutputSet) throws -> CallReport {
        try runAndScore(call, agent: agent, judge: judge, options: options, output: output).report
    }

    /// Runs and scores one call as `runCall` does; its report and what the call produced.
    static func runAndScore(_ call: PlannedCall, agent: any CallableAgent, judge: CallJudge, options: RunOptions,
                            output: OutputSet) throws -> (report: CallReport, result: CallResult) {
        var runner = CallRunner(scenario: call.scenario, agent: agent, runSeed: options.seed, cell: call.cell)
        runner.callSeed = call.seed(runSeed: options.seed)
        let result = try runner.run()
        let files = ["audio": call.folder + "/call.wav", "trace": call.folder + "/trace.jsonl"]
        let scorer = CallScorer(scenario: call.scenario, result: result, minInterruptionMs: agent.config.interruption.minInterruptionMs)
        var report = scorer.score(artifacts: files)
        report.scenario = call.name
        report.cell = call.cell
        report.repetition = call.repetition
        report.persona = call.scenario.caller.persona.reportName
        if !call.scenario.expect.judge.isEmpty {
            // Judges come on top of the deterministic checks: a failing criterion fails the
            // call, one not judged neither passes nor fails it.
            let judgements = try judge.judgements(call.scenario.expect.judge, result: result)
            report.judgements = judgements
            report.failures += judgements.filter { $0.verdict == .fail }.map(CallJudge.failure)
            report.passed = report.failures.isEmpty
        }
        if options.keepAudio == .all || !report.passed {
            try output.writeCall(call.folder, recording: result.recording, trace: result.trace)
        } else {
            report.artifacts = [:]
        }
        return (report, result)
    }
}
