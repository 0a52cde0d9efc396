import CallReports
import ReportModel
import CallHarness
import Foundation
import Testing

@Suite("Report comparison and gate")
struct ReportComparisonTests {
    @Test("identical reports pass with every metric unchanged")
    func identical() throws {
        let report = try ReportFixture.report()
        let comparison = ReportComparison(candidate: report, baseline: report)
        #expect(comparison.verdict.passed)
        #expect(comparison.metrics.map(\.metric) == MetricComparison.Metric.allCases)
        for row in comparison.metrics where row.baseline != nil {
            #expect(row.status == .same, "\(row.metric)")
        }
        #expect(comparison.newlyFailing.isEmpty)
        #expect(comparison.text.hasSuffix("PASS"))
    }

    /// Baseline P95 2000 ms with CI [1900, 2100]; the default limit is +10% (2200 ms).
    @Test("TTFA P95: beyond the threshold and outside the CI fails; inside either passes",
          arguments: [(2100.0, MetricComparison.Status.worse), (2199.0, .worse), (2300.0, .regression), (2000.0, .same), (1700.0, .better)])
    func ttfaAgainstNarrowInterval(candidateP95: Double, expected: MetricComparison.Status) throws {
        let baseline = try ReportFixture.report(ttfaP95: 2000, p95CI: [1900, 2100])
        let candidate = try ReportFixture.report(ttfaP95: candidateP95)
        let comparison = ReportComparison(candidate: candidate, baseline: baseline)
        let row = try #require(comparison.row(.ttfaP95))
        #expect(row.status == expected)
        #expect(comparison.verdict.passed == (expected != .regression))
        #expect(abs(try #require(row.changePct) - (candidateP95 - 2000) / 2000 * 100) < 1e-9)
        if expected == .regression {
            #expect(comparison.verdict.regressions.count == 1)
            #expect(comparison.verdict.regressions[0].contains("outside the baseline's 95% CI [1900, 2100]"))
        }
    }

    @Test("TTFA P95 beyond the threshold but inside a wide baseline CI is noise, not a regression")
    func ttfaWithinNoise() throws {
        let baseline = try ReportFixture.report(ttfaP95: 2000, p95CI: [1700, 2600])
        let candidate = try ReportFixture.report(ttfaP95: 2500)
        let comparison = ReportComparison(candidate: candidate, baseline: baseline)
        #expect(comparison.row(.ttfaP95)?.status == .withinNoise)
        #expect(comparison.verdict.passed)
        #expect(comparison.notes.contains { $0.contains("inside the baseline's 95% CI") })
    }

    @Test("without a baseline CI the threshold alone decides, and the comparison says so",
          arguments: [(2150.0, true), (2250.0, false)])
    func ttfaWithoutInterval(candidateP95: Double, passes: Bool) throws {
        let baseline = try ReportFixture.report(ttfaP95: 2000, p95CI: nil)
        let candidate = try ReportFixture.report(ttfaP95: candidateP95)
        let comparison = ReportComparison(candidate: candidate, baseline: baseline)
        #expect(comparison.verdict.passed == passes)
        #expect(comparison.notes.contains { $0.contains("no confidence interval") })
        #expect(comparison.row(.ttfaP95)?.baselineCI == nil)
    }

    @Test("the TTFA threshold is configurable")
    func ttfaThreshold() throws {
        let baseline = try ReportFixture.report(ttfaP95: 2000, p95CI: [1900, 2100])
        let candidate = try ReportFixture.report(ttfaP95: 2300)
        #expect(!ReportComparison(candidate: candidate, baseline: baseline).verdict.passed)
        #expect(ReportComparison(candidate: candidate, baseline: baseline, thresholds: .init(maxTtfaP95RegressionPct: 20)).verdict.passed)
    }

    /// Completion 1.0 in the baseline; the candidate's drop in points against the limit.
    @Test("completion may not drop by more than its limit",
          arguments: [(1.0, 0.0, true), (0.9, 0.0, false), (0.9, 10.0, true), (0.85, 10.0, false)])
    func completion(candidate rate: Double, limit: Double, passes: Bool) throws {
        let comparison = ReportComparison(candidate: try ReportFixture.report(completion: rate), baseline: try ReportFixture.report(completion: 1),
                                          thresholds: .init(maxCompletionDropPct: limit))
        #expect(comparison.verdict.passed == passes)
        #expect(comparison.row(.completionRate)?.status == (passes ? (rate == 1 ? .same : .worse) : .regression))
    }

    @Test("WER may rise by at most its limit in points", arguments: [(0.06, true), (0.0699, true), (0.0701, false), (0.10, false), (0.01, true)])
    func wer(candidate: Double, passes: Bool) throws {
        let comparison = ReportComparison(candidate: try ReportFixture.report(wer: candidate), baseline: try ReportFixture.report(wer: 0.05))
        #expect(comparison.verdict.passed == passes)
        #expect(comparison.verdict.regressions.contains { $0.hasPrefix("WER") } == !passes)
    }

    @Test("a call that passed in the baseline and fails in the candidate is newly failing")
    func newlyFailing() throws {
        let baseline = try ReportFixture.report()
        var candidate = try ReportFixture.report()
        candidate.calls[1].passed = false
        candidate.calls[1].failures = ["expected tool call cancel_appointment"]
        let comparison = ReportComparison(candidate: candidate, baseline: baseline)
        #expect(comparison.newlyFailing == [ScenarioChange(scenario: "cancel", failures: ["expected tool call cancel_appointment"])])
        #expect(!comparison.verdict.passed)
        #expect(comparison.verdict.regressions == ["1 newly failing call: cancel"])
        #expect(comparison.text.contains("REGRESSION: 1 newly failing call: cancel"))

        let allowed = ReportComparison(candidate: candidate, baseline: baseline, thresholds: .init(allowNewlyFailing: true))
        #expect(allowed.verdict.passed)
        #expect(allowed.notes.contains { $0.contains("cancel") })
    }

    @Test("a call failing on both sides is not newly failing; a fixed one is newly passing")
    func alreadyFailing() throws {
        var baseline = try ReportFixture.report()
        var candidate = try ReportFixture.report()
        baseline.calls[0].passed = false
        candidate.calls[0].passed = false
        baseline.calls[2].passed = false
        let comparison = ReportComparison(candidate: candidate, baseline: baseline)
        #expect(comparison.newlyFailing.isEmpty)
        #expect(comparison.newlyPassing.map(\.scenario) == ["info"])
        #expect(comparison.verdict.passed)
    }

    @Test("scenarios run on one side only are listed, not judged")
    func unmatchedScenarios() throws {
        let comparison = ReportComparison(candidate: try ReportFixture.report(["book", "cancel", "new"]), baseline: try ReportFixture.report(["book", "cancel", "old"]))
        #expect(comparison.onlyInBaseline == ["old"])
        #expect(comparison.onlyInCandidate == ["new"])
        #expect(comparison.verdict.passed)
    }

    @Test("an incomplete candidate cannot pass the gate")
    func incompleteCandidate() throws {
        var candidate = try ReportFixture.report(["book"])
        candidate.complete = false
        let comparison = ReportComparison(candidate: candidate, baseline: try ReportFixture.report(["book"]))
        #expect(!comparison.verdict.passed)
        #expect(comparison.verdict.regressions.contains { $0.contains("incomplete") })
    }

    @Test("the JSON form carries the verdict and round-trips")
    func json() throws {
        let comparison = ReportComparison(candidate: try ReportFixture.report(ttfaP95: 2600), baseline: try ReportFixture.report())
        let data = try ReportFile.json(comparison)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let verdict = try #require(object["verdict"] as? [String: Any])
        #expect(verdict["passed"] as? Bool == false)
        #expect((verdict["regressions"] as? [String])?.count == 1)
        let decoded = try JSONDecoder().decode(ReportComparison.self, from: data)
        #expect(decoded.metrics == comparison.metrics)
        #expect(decoded.verdict == comparison.verdict)
    }

    @Test("the text table shows each metric's baseline, candidate and change")
    func table() throws {
        let comparison = ReportComparison(candidate: try ReportFixture.report(ttfaP95: 2600, wer: 0.06), baseline: try ReportFixture.report(wer: 0.05))
        let lines = comparison.text.split(separator: "\n").map(String.init)
        let ttfa = try #require(lines.first { $0.hasPrefix("TTFA P95") })
        #expect(ttfa.contains("2000 ms") && ttfa.contains("2600 ms") && ttfa.contains("+600 ms (+30.0%)") && ttfa.contains("REGRESSION"))
        let wer = try #require(lines.first { $0.hasPrefix("WER") })
        #expect(wer.contains("5.0%") && wer.contains("6.0%") && wer.contains("+1.0 pts"))
        #expect(lines.last?.hasPrefix("REGRESSION: TTFA P95 rose from 2000 ms to 2600 ms") == true)
    }
}
