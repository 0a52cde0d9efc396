import Testing
import ReportModel

@Suite("Pass rates over repeats")
struct PassRateTests {
    /// Reference values of the Wilson score interval at 95% (z = 1.96), as published
    /// tables and R's `prop.test(correct = FALSE)` give them.
    @Test("Wilson intervals of known small cases", arguments: [
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (5, 10, 0.2366, 0.7634),
        (1, 1, 0.2065, 1.0),
        (3, 3, 0.4385, 1.0),
        (8, 10, 0.4902, 0.9433),
        (19, 20, 0.7639, 0.9911),
    ])
    func wilson(successes: Int, trials: Int, low: Double, high: Double) {
        let interval = WilsonInterval.interval(successes: successes, trials: trials)
        #expect(abs(interval[0] - low) < 0.0005, "\(successes)/\(trials) low \(interval[0])")
        #expect(abs(interval[1] - high) < 0.0005, "\(successes)/\(trials) high \(interval[1])")
    }

    @Test("no trials says nothing")
    func empty() {
        #expect(WilsonInterval.interval(successes: 0, trials: 0) == [0, 1])
    }

    @Test("without a required rate every run must pass; pass^k and pass@k", arguments: [
        (5, 5, "pass", false), (4, 5, "fail", true), (0, 5, "fail", false),
    ])
    func everyRun(passed: Int, runs: Int, verdict: String, flaky: Bool) {
        let v = ScenarioVerdict(scenario: "s", runs: runs, passed: passed, required: nil)
        #expect(v.verdict == verdict)
        #expect(v.flaky == flaky)
        #expect(v.passedAll == (passed == runs))
        #expect(v.passedAny == (passed > 0))
    }

    @Test("a required rate holds unless the interval lies below it", arguments: [
        (8, 10, 0.8, "pass"), (6, 10, 0.8, "pass"), (5, 10, 0.8, "fail"), (1, 10, 0.5, "fail"), (19, 20, 0.99, "pass"),
    ])
    func required(passed: Int, runs: Int, rate: Double, verdict: String) {
        #expect(ScenarioVerdict(scenario: "s", runs: runs, passed: passed, required: rate).verdict == verdict)
    }
}
