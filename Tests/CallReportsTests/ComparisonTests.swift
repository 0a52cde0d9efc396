import ReportModel
import Testing
@testable import CallReports

/// The reports show the gate's own comparison: one model, the same rows everywhere.
@Suite("Comparison with a baseline")
struct ComparisonTests {
    @Test("a raised TTFA P95 is worse, a lower WER better, a newly failing call is named")
    func verdicts() throws {
        let comparison = ReportComparison(candidate: ReportFixture.run, baseline: ReportFixture.baseline)
        let ttfa = try #require(comparison.row(.ttfaP95))
        #expect(ttfa.change == 150)
        #expect(ttfa.isWorse)
        #expect(comparison.row(.wer)?.status == .better)
        #expect(comparison.row(.ttfaP50)?.status == .same)
        #expect(comparison.newlyFailing.map(\.scenario) == ["hostile-caller"])
        #expect(comparison.newlyPassing.isEmpty)
        let swapped = ReportComparison(candidate: ReportFixture.baseline, baseline: ReportFixture.run)
        #expect(swapped.newlyPassing.map(\.scenario) == ["hostile-caller"])
        #expect(swapped.row(.ttfaP95)?.status == .better)
    }

    @Test("every report metric has a row, in table order", arguments: [0])
    func allMetrics(_: Int) {
        let comparison = ReportComparison(candidate: ReportFixture.run, baseline: ReportFixture.baseline)
        #expect(comparison.metrics.map(\.metric) == MetricComparison.Metric.allCases)
    }

    @Test("the HTML table marks the rows red and green, and lists the newly failing call")
    func htmlRows() throws {
        let scan = try MarkupScan(HTMLReport.render(ReportFixture.run, baseline: ReportFixture.baseline))
        let rows = scan.all("tr")
        let ttfa = try #require(rows.first { $0.text.hasPrefix("TTFA P95") })
        #expect(ttfa.attributes["class"] == "regression")
        #expect(ttfa.text.contains("+150 ms"))
        let wer = try #require(rows.first { $0.text.hasPrefix("WER") })
        #expect(wer.attributes["class"] == "improvement")
        #expect(rows.first { $0.text.hasPrefix("TTFA P50") }?.attributes["class"] == nil)
        let section = try #require(scan.all("section").first { $0.attributes["id"] == "baseline" })
        #expect(section.text.contains("Calls that newly fail (1)"))
        #expect(section.text.contains("hostile-caller: " + ReportFixture.hostileCaller.failures[0]))
    }

    @Test("the Markdown summary lists only what changed")
    func markdown() throws {
        let whole = MarkdownSummary.render(ReportFixture.run, baseline: ReportFixture.baseline)
        let text = try #require(whole.components(separatedBy: "### Against the baseline").last)
        #expect(text.contains("| TTFA P95 |"))
        #expect(text.contains("**worse**") || text.contains("**regression**"))
        #expect(text.contains("better"))
        #expect(!text.contains("| TTFA P50 |"))
        #expect(text.contains("Newly failing: `hostile-caller`"))
        #expect(MarkdownSummary.render(ReportFixture.run, baseline: ReportFixture.run).contains("No metric changed."))
    }

    @Test("direction decides the finding", arguments: [
        (MetricComparison.Metric.ttfaP50, 100.0, 120.0, MetricComparison.Status.worse),
        (.ttfaP50, 120, 100, .better),
        (.completionRate, 0.9, 0.95, .better),
        (.completionRate, 0.95, 0.9, .worse),
        (.escalationRate, 0.1, 0.2, .changed),
        (.cutIns, 5, 5, .same),
    ])
    func direction(_ metric: MetricComparison.Metric, _ baseline: Double, _ candidate: Double, _ status: MetricComparison.Status) {
        #expect(MetricComparison(metric, baseline: baseline, candidate: candidate).status == status)
    }

    @Test("a missing side cannot be compared")
    func missing() {
        let row = MetricComparison(.bargeInStopP95, baseline: nil, candidate: 300)
        #expect(row.status == .unavailable)
        #expect(row.formattedChange == "–")
    }

    @Test("changes are written with their sign and unit", arguments: [
        (MetricComparison.Metric.ttfaP95, 2000.0, 2150.0, "+150 ms (+7.5%)"),
        (.ttfaP95, 2000, 1900, "−100 ms (−5.0%)"),
        (.wer, 0.1, 0.05, "−5.0 pts"),
        (.cutIns, 1, 3, "+2"),
        (.talkOver, 1, 1.3, "+0.3 s"),
    ])
    func formatting(_ metric: MetricComparison.Metric, _ baseline: Double, _ candidate: Double, _ expected: String) {
        #expect(MetricComparison(metric, baseline: baseline, candidate: candidate).formattedChange == expected)
    }
}
