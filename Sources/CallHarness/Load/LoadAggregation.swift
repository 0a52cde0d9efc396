import ReportModel
import SimTime

/// The `load` section from the calls of a load test: per level, nearest-rank TTFA P50,
/// P95 and P99 with seeded bootstrap intervals, barge-in stop P95, setup time, failures
/// by cause, completion and underruns. Pure: the same samples and seed give the same section.
public enum LoadAggregation {
    /// The harness's pacing limit: a level whose ticks ran later than this at P99 measures the harness.
    public static let pacingLimitMs = 5.0

    /// The section for `plan` from `samples` (any order), with the harness's ceiling as
    /// given, or else as the calls' own ticks show it (the most calls in flight at a level
    /// whose tick lateness P99 stayed within 5 ms, up to the first level beyond it).
    public static func report(plan: LoadPlan, samples: [LoadCallSample], harness: HarnessCeiling? = nil) -> LoadReport {
        let byStep = Dictionary(grouping: samples, by: \.step)
        let steps = plan.steps.enumerated().map { index, step in
            self.step(concurrency: step.concurrency, samples: byStep[index] ?? [], seed: Seed.derive(plan.seed, "load-ci", String(index)))
        }
        let measured = steps.compactMap { step in step.harnessJitterP99Ms.map { HarnessCeiling.Level(calls: step.concurrency, jitterP99Ms: $0) } }
        let observed = measured.isEmpty ? nil : PacingProbe.ceiling(of: measured, limitMs: pacingLimitMs)
        return LoadReport(plan: plan.label, arrivals: plan.arrivals.label, steps: steps, harness: harness ?? observed)
    }

    /// One level's report from its calls' samples.
    public static func step(concurrency: Int, samples: [LoadCallSample], seed: UInt64) -> LoadStepReport {
        let connected = samples.filter { !($0.failure?.isSetupFailure ?? false) }
        let ttfa = samples.flatMap(\.ttfaMs)
        var ttfaStats = Percentiles.stats(ttfa)
        ttfaStats.p50CI = Bootstrap.interval(50, of: ttfa, seed: Seed.derive(seed, "p50"))
        ttfaStats.p95CI = Bootstrap.interval(95, of: ttfa, seed: Seed.derive(seed, "p95"))
        ttfaStats.p99CI = Bootstrap.interval(99, of: ttfa, seed: Seed.derive(seed, "p99"))
        let bargeIns = samples.flatMap(\.bargeInStopMs)
        let causes = samples.compactMap(\.failure)
        func count(_ cause: LoadFailureCause) -> Int { causes.filter { $0 == cause }.count }
        let failures = LoadFailures(refused: count(.refused), timeout: count(.timeout), closedMidCall: count(.closedMidCall),
                                    noGreeting: count(.noGreeting))
        let completed = samples.filter(\.completed).count
        return LoadStepReport(concurrency: concurrency, calls: samples.count, connected: connected.count, completed: completed,
                              completionRate: samples.isEmpty ? nil : Double(completed) / Double(samples.count),
                              ttfaMs: ttfaStats, bargeInStopMsP95: Percentiles.nearestRank(95, of: bargeIns).map(round1),
                              bargeIns: bargeIns.count, setupMs: Percentiles.stats(samples.compactMap(\.setupMs)),
                              failures: failures, underruns: underruns(connected),
                              harnessJitterP99Ms: Percentiles.nearestRank(99, of: samples.flatMap(\.tickLatenessMs)).map { (($0 * 100).rounded()) / 100 })
    }

    /// Underruns over the connected calls.
    static func underruns(_ calls: [LoadCallSample]) -> LoadUnderruns {
        let perCall = calls.map { $0.underrunMs.reduce(0, +) }
        let count = calls.map(\.underrunMs.count).reduce(0, +)
        let total = perCall.reduce(0, +)
        let n = Double(calls.count)
        return LoadUnderruns(count: count, totalMs: round1(total), calls: calls.filter { !$0.underrunMs.isEmpty }.count,
                             perCall: calls.isEmpty ? nil : round1(Double(count) / n), msPerCall: calls.isEmpty ? nil : round1(total / n),
                             maxMsPerCall: perCall.max().map(round1))
    }

    private static func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
