import ReportModel
import Testing
@testable import CallReports

/// A scenario run several times: junit.xml marks its failing runs flaky when the verdict
/// holds, and the gate catches a pass rate that falls or a scenario that turns flaky.
@Suite("Repeated runs")
struct RepeatedRunTests {
    /// `runs` runs of book-patel, the first `passed` of them passing, with its verdict.
    static func repeated(passed: Int, runs: Int, required: Double?) -> RunReport {
        var report = ReportFixture.run
        report.calls = (1...runs).map { index in
            var call = ReportFixture.bookPatel
            call.scenario = index == 1 ? "book-patel" : "book-patel-r\(index)"
            call.repetition = Repetition(scenario: "book-patel", index: index, of: runs)
            call.passed = index <= passed
            call.failures = call.passed ? [] : ["expected a successful schedule_appointment call"]
            return call
        }
        report.scenarios = [ScenarioVerdict(scenario: "book-patel", runs: runs, passed: passed, required: required)]
        return report
    }

    @Test("one test case per scenario; failing runs are flaky when the verdict holds, failures when not", arguments: [
        (4, 5, 0.6, "flakyFailure", false),
        (1, 5, nil, "rerunFailure", true),
        (5, 5, nil, "", false),
    ] as [(Int, Int, Double?, String, Bool)])
    func junit(passed: Int, runs: Int, required: Double?, tag: String, fails: Bool) throws {
        let scan = try MarkupScan(JUnitReport.render(Self.repeated(passed: passed, runs: runs, required: required)))
        #expect(scan.all("testcase").map { $0.attributes["name"] } == ["book-patel"])
        #expect(scan.all("testsuite").first?.attributes["failures"] == (fails ? "1" : "0"))
        #expect(scan.all("failure").count == (fails ? 1 : 0))
        for other in ["flakyFailure", "rerunFailure"] {
            #expect(scan.all(other).count == (other == tag ? runs - passed : 0), "\(other)")
        }
        if fails { #expect(scan.all("failure").first?.attributes["message"] == "passed \(passed)/\(runs)") }
    }

    @Test("a pass rate that falls beyond the intervals is a regression")
    func passRateDrop() {
        let comparison = ReportComparison(candidate: Self.repeated(passed: 3, runs: 10, required: 0.2),
                                          baseline: Self.repeated(passed: 10, runs: 10, required: 0.2))
        #expect(comparison.passRateDrops.map(\.text) == ["10/10 → 3/10"])
        #expect(comparison.newlyFailing.isEmpty, "both verdicts hold at a 20% bar")
        #expect(!comparison.verdict.passed)
        #expect(comparison.verdict.regressions.contains { $0.contains("pass rate of book-patel fell") })
    }

    @Test("a small drop inside the intervals is no regression")
    func noise() {
        let comparison = ReportComparison(candidate: Self.repeated(passed: 8, runs: 10, required: 0.7),
                                          baseline: Self.repeated(passed: 9, runs: 10, required: 0.7))
        #expect(comparison.passRateDrops.isEmpty)
        #expect(comparison.newlyFlaky.isEmpty, "it was flaky before")
        #expect(comparison.verdict.passed, "\(comparison.verdict.regressions)")
    }

    @Test("a scenario that passed every run and now fails some is newly flaky", arguments: [false, true])
    func newlyFlaky(allowed: Bool) {
        var thresholds = GateThresholds()
        thresholds.allowNewlyFailing = allowed
        let comparison = ReportComparison(candidate: Self.repeated(passed: 9, runs: 10, required: 0.8),
                                          baseline: Self.repeated(passed: 10, runs: 10, required: 0.8), thresholds: thresholds)
        #expect(comparison.newlyFlaky.map(\.scenario) == ["book-patel"])
        #expect(comparison.verdict.passed == allowed)
        #expect(comparison.notes.contains { $0.contains("newly flaky") } == allowed)
    }
}
