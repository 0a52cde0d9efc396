/// One scenario's verdict over its repeats (report.json's `scenarios`, present when any
/// scenario ran more than once): how often it passed, with a Wilson 95% interval, and
/// whether that meets its bar.
///
/// Without `expect.passRate` a scenario must pass every time (pass^k); with one, the
/// verdict holds unless the pass rate is shown to be below it (the interval's upper end
/// lies under the bar), so seeded noise does not flip it and a real drop does.
public struct ScenarioVerdict: Codable, Sendable, Equatable {
    /// The scenario's id.
    public var scenario: String
    /// Times it ran (with derived seeds).
    public var runs: Int
    /// Times it passed.
    public var passed: Int
    /// passed / runs.
    public var passRate: Double
    /// The Wilson 95% interval of the pass rate, [low, high].
    public var passRateInterval: [Double]
    /// The bar it must meet (`expect.passRate`), nil: every run must pass.
    public var requiredPassRate: Double?
    /// pass^k: every one of the `runs` runs passed.
    public var passedAll: Bool
    /// pass@k: at least one of the `runs` runs passed.
    public var passedAny: Bool
    /// Passed some runs and failed others.
    public var flaky: Bool
    /// The verdict: `pass` or `fail`.
    public var verdict: String

    /// The verdict for `passed` of `runs`, against `required` when given.
    public init(scenario: String, runs: Int, passed: Int, required: Double?) {
        self.scenario = scenario
        self.runs = runs
        self.passed = passed
        passRate = runs == 0 ? 0 : (Double(passed) / Double(runs) * 10000).rounded() / 10000
        passRateInterval = WilsonInterval.interval(successes: passed, trials: runs).map { ($0 * 10000).rounded() / 10000 }
        requiredPassRate = required
        passedAll = runs > 0 && passed == runs
        passedAny = passed > 0
        flaky = passed > 0 && passed < runs
        let upper = passRateInterval[1], all = runs > 0 && passed == runs
        let holds = required.map { upper >= $0 } ?? all
        verdict = holds ? "pass" : "fail"
    }

    /// True when the verdict is `pass`.
    public var holds: Bool { verdict == "pass" }
}
