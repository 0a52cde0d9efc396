import Testing
@testable import CallHarness
@testable import CallReports

@Suite("Comparison with a baseline")
struct ComparisonTests {
    @Test("a raised TTFA P95 is a regression, a lower WER an improvement, a newly failing call is named")
    func verdicts() throws {
        let comparison = BaselineDiff(candidate: ReportFixture.run, baseline: ReportFixture.baseline)
        let ttfa = try #require(comparison.metrics.first { $0.name == "TTFA P95" })
        #expect(ttfa.delta == 150)
        #expect(ttfa.verdict == .regression)
        let wer = try #require(comparison.metrics.first { $0.name == "WER" })
        #expect(wer.verdict == .improvement)
        #expect(comparison.metrics.first { $0.name == "TTFA P50" }?.verdict == .unchanged)
        #expect(comparison.newlyFailing == ["hostile-caller"])
        #expect(comparison.newlyPassing.isEmpty)
        let swapped = BaselineDiff(candidate: ReportFixture.baseline, baseline: ReportFixture.run)
        #expect(swapped.newlyPassing == ["hostile-caller"])
        #expect(swapped.metrics.first { $0.name == "TTFA P95" }?.verdict == .improvement)
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
        #expect(text.contains("**worse**"))
        #expect(text.contains("better"))
        #expect(!text.contains("| TTFA P50 |"))
        #expect(text.contains("Newly failing: `hostile-caller`"))
        #expect(MarkdownSummary.render(ReportFixture.run, baseline: ReportFixture.run).contains("No metric changed."))
    }

    @Test("direction decides the verdict", arguments: [
        (MetricChange.Direction.lowerIsBetter, 100.0, 120.0, MetricChange.Verdict.regression),
        (.lowerIsBetter, 120, 100, .improvement),
        (.higherIsBetter, 0.9, 0.95, .improvement),
        (.higherIsBetter, 0.95, 0.9, .regression),
        (.neutral, 0.1, 0.2, .changed),
        (.lowerIsBetter, 5, 5, .unchanged),
    ])
    func direction(_ direction: MetricChange.Direction, _ baseline: Double, _ candidate: Double, _ verdict: MetricChange.Verdict) {
        #expect(MetricChange(name: "m", baseline: baseline, candidate: candidate, direction: direction, unit: .milliseconds).verdict == verdict)
    }

    @Test("a missing side cannot be compared")
    func missing() {
        let change = MetricChange(name: "barge-in stop P95", baseline: nil, candidate: 300, direction: .lowerIsBetter, unit: .milliseconds)
        #expect(change.verdict == .incomparable)
        #expect(change.formattedChange == Format.missing)
    }

    @Test("changes are written with their sign and unit", arguments: [
        (MetricChange.Unit.milliseconds, 2000.0, 2150.0, "+150 ms (+7.5%)"),
        (.milliseconds, 2000, 1900, "−100 ms (−5.0%)"),
        (.rate, 0.1, 0.05, "−5.0 pp"),
        (.count, 1, 3, "+2"),
        (.seconds, 1, 1.3, "+0.3 s"),
    ])
    func formatting(_ unit: MetricChange.Unit, _ baseline: Double, _ candidate: Double, _ expected: String) {
        #expect(MetricChange(name: "m", baseline: baseline, candidate: candidate, direction: .lowerIsBetter, unit: unit).formattedChange == expected)
    }
}
