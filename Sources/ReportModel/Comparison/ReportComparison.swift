/// A candidate run compared with a baseline run: run-level metrics side by side,
/// calls that changed outcome, and the gate's verdict. Built by a pure function of the
/// two reports and the thresholds, so every renderer (terminal, JSON, HTML) shows the
/// same diff.
public struct ReportComparison: Codable, Sendable {
    /// Which run a side of the comparison is.
    public struct Side: Codable, Sendable, Equatable {
        /// Wall-clock start of the run (ISO 8601).
        public var startedAt: String
        /// The agent's name.
        public var agent: String
        /// The agent's latency profile.
        public var latencyProfile: String
        /// The run seed.
        public var seed: UInt64
        /// Calls in the report.
        public var calls: Int
        /// Calls that passed.
        public var passed: Int
        /// False when the run was interrupted.
        public var complete: Bool
        /// The `--set` overrides of the run.
        public var overrides: [String: String]

        /// Describes `report`.
        public init(_ report: RunReport) {
            startedAt = report.startedAt
            agent = report.agent.name
            latencyProfile = report.agent.latencyProfile
            seed = report.seed
            calls = report.calls.count
            passed = report.calls.filter(\.passed).count
            complete = report.complete
            overrides = report.agent.overrides
        }
    }

    /// The run being judged.
    public var candidate: Side
    /// The run it is judged against.
    public var baseline: Side
    /// The limits applied.
    public var thresholds: GateThresholds
    /// Run-level metrics in table order.
    public var metrics: [MetricComparison]
    /// Scenarios that passed in the baseline and fail in the candidate.
    public var newlyFailing: [ScenarioChange]
    /// Scenarios that failed in the baseline and pass in the candidate.
    public var newlyPassing: [ScenarioChange]
    /// Scenarios the baseline ran and the candidate did not.
    public var onlyInBaseline: [String]
    /// Scenarios the candidate ran and the baseline did not.
    public var onlyInCandidate: [String]
    /// Scenarios run more than once on both sides whose pass rate fell beyond the
    /// intervals (the candidate's Wilson upper bound under the baseline's lower bound).
    public var passRateDrops: [PassRateChange] = []
    /// Scenarios that passed every run of the baseline (run more than once) and pass only
    /// some in the candidate.
    public var newlyFlaky: [PassRateChange] = []
    /// Calls whose final database differs from the baseline's, with the rows that differ
    /// (listed, not a regression in itself: a state check is what fails a call).
    public var stateChanges: [StateChange] = []
    /// Caveats about the comparison (missing confidence intervals, incomplete runs, …).
    public var notes: [String]
    /// Pass, or the regressions.
    public var verdict: GateVerdict

    /// Compares `candidate` with `baseline` under `thresholds`.
    public init(candidate: RunReport, baseline: RunReport, thresholds: GateThresholds = .init()) {
        self.candidate = Side(candidate)
        self.baseline = Side(baseline)
        self.thresholds = thresholds
        var judge = GateJudge(thresholds: thresholds)
        metrics = judge.metrics(candidate: candidate.summary, baseline: baseline.summary)
        let outcomes = Self.outcomes(candidate: candidate, baseline: baseline)
        newlyFailing = outcomes.newlyFailing
        newlyPassing = outcomes.newlyPassing
        onlyInBaseline = outcomes.onlyInBaseline
        onlyInCandidate = outcomes.onlyInCandidate
        (passRateDrops, newlyFlaky) = Self.passRates(candidate: candidate, baseline: baseline)
        stateChanges = StateChange.changes(candidate: candidate, baseline: baseline)
        judge.judgeCalls(newlyFailing: newlyFailing)
        judge.judgePassRates(drops: passRateDrops, newlyFlaky: newlyFlaky)
        judge.judgeCompleteness(candidate: candidate, baseline: baseline)
        judge.judgeLoad(candidate: candidate.load, baseline: baseline.load)
        if !onlyInBaseline.isEmpty {
            judge.notes.append("not run in the candidate: \(onlyInBaseline.joined(separator: ", "))")
        }
        if !onlyInCandidate.isEmpty {
            judge.notes.append("not run in the baseline: \(onlyInCandidate.joined(separator: ", "))")
        }
        notes = judge.notes
        verdict = GateVerdict(regressions: judge.regressions)
    }

    /// The row of `metric`.
    public func row(_ metric: MetricComparison.Metric) -> MetricComparison? {
        metrics.first { $0.metric == metric }
    }

    /// Each scenario's verdict: the report's own over repeats, or its one call's.
    static func verdicts(_ report: RunReport) -> [String: (holds: Bool, verdict: ScenarioVerdict?, failures: [String])] {
        var out: [String: (holds: Bool, verdict: ScenarioVerdict?, failures: [String])] = [:]
        let byScenario = Dictionary(grouping: report.calls) { $0.repetition?.scenario ?? $0.scenario }
        if let verdicts = report.scenarios {
            for verdict in verdicts {
                let failures = byScenario[verdict.scenario]?.first { !$0.passed }?.failures ?? []
                out[verdict.scenario] = (verdict.holds, verdict, failures)
            }
        }
        for (id, calls) in byScenario where out[id] == nil {
            out[id] = (calls.allSatisfy(\.passed), nil, calls.first { !$0.passed }?.failures ?? [])
        }
        return out
    }

    private static func outcomes(candidate: RunReport, baseline: RunReport)
        -> (newlyFailing: [ScenarioChange], newlyPassing: [ScenarioChange], onlyInBaseline: [String], onlyInCandidate: [String]) {
        let before = verdicts(baseline), after = verdicts(candidate)
        var newlyFailing: [ScenarioChange] = []
        var newlyPassing: [ScenarioChange] = []
        for id in after.keys.sorted() {
            guard let now = after[id], let old = before[id] else { continue }
            if old.holds && !now.holds { newlyFailing.append(ScenarioChange(scenario: id, failures: now.failures)) }
            if !old.holds && now.holds { newlyPassing.append(ScenarioChange(scenario: id, failures: [])) }
        }
        let onlyInBaseline = before.keys.filter { after[$0] == nil }.sorted()
        let onlyInCandidate = after.keys.filter { before[$0] == nil }.sorted()
        return (newlyFailing, newlyPassing, onlyInBaseline, onlyInCandidate)
    }

    private static func passRates(candidate: RunReport, baseline: RunReport) -> (drops: [PassRateChange], newlyFlaky: [PassRateChange]) {
        let before = verdicts(baseline), after = verdicts(candidate)
        var drops: [PassRateChange] = [], flaky: [PassRateChange] = []
        for id in after.keys.sorted() {
            guard let now = after[id]?.verdict, let old = before[id]?.verdict, now.runs > 1, old.runs > 1 else { continue }
            let change = PassRateChange(scenario: id, baseline: old, candidate: now)
            if now.passRateInterval[1] < old.passRateInterval[0] { drops.append(change) }
            if old.passedAll && now.flaky { flaky.append(change) }
        }
        return (drops, flaky)
    }
}
