import CallHarness

/// A candidate run against a baseline run: every headline metric side by side, and the
/// calls whose outcome changed.
public struct BaselineDiff: Sendable {
    /// The metrics in the order the reports list them.
    public var metrics: [MetricChange]
    /// Scenarios that fail in the candidate but did not fail in the baseline (passed
    /// there, or were not run there).
    public var newlyFailing: [String]
    /// Scenarios that failed in the baseline and pass in the candidate.
    public var newlyPassing: [String]

    /// Compares `candidate` with `baseline`.
    public init(candidate: RunReport, baseline: RunReport) {
        let c = candidate.summary, b = baseline.summary
        func passRate(_ s: RunSummary) -> Double? { s.calls == 0 ? nil : Double(s.passed) / Double(s.calls) }
        metrics = [
            MetricChange(name: "calls passed", baseline: passRate(b), candidate: passRate(c), direction: .higherIsBetter, unit: .rate),
            MetricChange(name: "completion", baseline: b.completionRate, candidate: c.completionRate, direction: .higherIsBetter, unit: .rate),
            MetricChange(name: "escalation rate", baseline: b.escalationRate, candidate: c.escalationRate, direction: .neutral, unit: .rate),
            MetricChange(name: "escalation accuracy", baseline: b.escalationAccuracy, candidate: c.escalationAccuracy, direction: .higherIsBetter, unit: .rate),
            MetricChange(name: "TTFA P50", baseline: b.ttfaMs.p50, candidate: c.ttfaMs.p50, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "TTFA P95", baseline: b.ttfaMs.p95, candidate: c.ttfaMs.p95, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "EOT P50", baseline: b.eotMs.p50, candidate: c.eotMs.p50, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "EOT P95", baseline: b.eotMs.p95, candidate: c.eotMs.p95, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "WER", baseline: b.wer, candidate: c.wer, direction: .lowerIsBetter, unit: .rate),
            MetricChange(name: "entity accuracy", baseline: b.entityAccuracy, candidate: c.entityAccuracy, direction: .higherIsBetter, unit: .rate),
            MetricChange(name: "barge-in stop P95", baseline: b.bargeIn.stopMsP95, candidate: c.bargeIn.stopMsP95, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "cut-ins", baseline: Double(b.bargeIn.cutIns), candidate: Double(c.bargeIn.cutIns), direction: .lowerIsBetter, unit: .count),
            MetricChange(name: "false barge-ins", baseline: Double(b.bargeIn.falseBargeIns), candidate: Double(c.bargeIn.falseBargeIns), direction: .lowerIsBetter, unit: .count),
            MetricChange(name: "longest dead air", baseline: b.deadAirMsMax, candidate: c.deadAirMsMax, direction: .lowerIsBetter, unit: .milliseconds),
            MetricChange(name: "talk-over", baseline: b.talkOverSeconds, candidate: c.talkOverSeconds, direction: .lowerIsBetter, unit: .seconds),
        ]
        var baselinePassed: [String: Bool] = [:]
        for call in baseline.calls { baselinePassed[call.scenario] = call.passed }
        newlyFailing = candidate.calls.filter { !$0.passed && baselinePassed[$0.scenario] != false }.map(\.scenario)
        newlyPassing = candidate.calls.filter { $0.passed && baselinePassed[$0.scenario] == false }.map(\.scenario)
    }

    /// The metrics whose value differs between the runs.
    public var changed: [MetricChange] { metrics.filter { $0.verdict != .unchanged } }

    /// The metrics that got worse.
    public var regressions: [MetricChange] { metrics.filter { $0.verdict == .regression } }
}
