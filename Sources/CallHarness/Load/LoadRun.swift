import CallScenario
import VoicePipeline
import Foundation
import ReportModel
import SimTime
import Synchronization

/// A run held as a load test: the plan's calls placed at once against agents that run
/// elsewhere (`LoadExecutor`), each scored like any call of a run, and the report's `load`
/// section made from them level by level. The call list is the plan's: scenario after
/// scenario in turn, each call with the seed its place in the plan gives it, so two runs
/// of one plan differ only in the timing the agent and the machine gave them.
enum LoadRun {
    /// Places the calls of `plan` over `scenarios` (scenario `i` calls `agents[agentOf[i]]`,
    /// each an agent that runs elsewhere) and writes the output set. Once `interruption` is requested no new call starts.
    static func execute(_ plan: LoadPlan, scenarios: [Scenario], agents: [any CallableAgent], agentOf: [Int], config: AgentConfig,
                        options: RunOptions, output: OutputSet, version: String, wallStart: Date,
                        interruption: RunInterruption?) throws -> ScenarioRun.Outcome {
        SynthesisCache.shared.directory = options.cacheDirectory
        try output.createCallsFolder()
        let judge = try CallJudge(options.judge, cassette: options.cassette)
        let progress = LoadProgress(plan: plan, scenarios: scenarios.count, enabled: options.showProgress)
        let firstError = Mutex<(any Error)?>(nil)
        let placed = LoadExecutor.run(plan, scenarios: scenarios.count) { load -> LoadOutcome? in
            guard interruption?.isRequested != true, firstError.withLock({ $0 == nil }) else { return nil }
            let scenario = scenarios[load.scenario]
            let name = "\(scenario.id)-c\(load.index + 1)"
            var call = PlannedCall(scenario: scenario, agent: agentOf[load.scenario], cell: nil, name: name, folder: "calls/\(name)")
            call.ownSeed = plan.callSeed(scenario: scenario.id, index: load.index)
            let started = Date()
            do {
                let (report, result) = try CallBatch.runAndScore(call, agent: agents[call.agent], judge: judge, options: options, output: output)
                progress.line(load, report: report, wall: Date().timeIntervalSince(started))
                return LoadOutcome(call: call, report: report, sample: LoadCallSample(step: load.step, result: result, report: report))
            } catch {
                firstError.withLock { if $0 == nil { $0 = error } }
                return nil
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }
        let done = placed.compactMap { $0 }
        let calls = numbered(done)
        let finished = calls.enumerated().map { (index: $0.offset, report: $0.element.report) }
        return try ScenarioRun.finish(planned: calls.map(\.call), finished: finished, plan: calls.map(\.call), positions: Array(calls.indices),
                                      agents: agents, config: config, options: options, output: output, version: version,
                                      wallStart: wallStart, interruption: interruption) { report in
            report.complete = report.complete && placed.count == done.count
            report.load = LoadAggregation.report(plan: plan, samples: done.map(\.sample))
        }
    }

    /// The calls with their repetition: the `k`th call of a scenario is its run `k` of as
    /// many as the test placed, so the report's verdicts hold over every call of a scenario.
    static func numbered(_ calls: [LoadOutcome]) -> [LoadOutcome] {
        var totals: [String: Int] = [:]
        for call in calls { totals[call.call.scenario.id, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return calls.map { outcome in
            var outcome = outcome
            let id = outcome.call.scenario.id
            seen[id, default: 0] += 1
            let repetition = Repetition(scenario: id, index: seen[id]!, of: totals[id]!)
            outcome.call.repetition = repetition
            outcome.report.repetition = repetition
            return outcome
        }
    }

    /// One placed call: what was planned, its report and its load sample.
    struct LoadOutcome: Sendable {
        var call: PlannedCall
        var report: CallReport
        var sample: LoadCallSample
    }
}
