import CallHarness

/// The run against a baseline run: a metric table with regressions and improvements
/// marked, and the calls that newly fail or newly pass.
enum ComparisonSection {
    /// The section; `anchors` maps scenario ids to their call sections.
    static func html(_ report: RunReport, baseline: RunReport, anchors: [String: String]) -> String {
        let comparison = BaselineDiff(candidate: report, baseline: baseline)
        var parts = [
            HTML.text("h2", [:], "Against the baseline"),
            HTML.text("p", ["class": "small"],
                      "Baseline: \(baseline.agent.name) (\(baseline.agent.latencyProfile)), seed \(baseline.seed), started \(baseline.startedAt), \(baseline.summary.passed)/\(baseline.summary.calls) calls passed. Lower is better for latencies, WER and counts; higher for rates."),
        ]
        let rows = comparison.metrics.map { metric in
            HTML.row([HTML.escape(metric.name),
                      HTML.escape(metric.format(metric.baseline)),
                      HTML.escape(metric.format(metric.candidate)),
                      metric.verdict == .unchanged ? HTML.text("span", ["class": "muted"], "no change")
                          : HTML.escape(metric.formattedChange) + " " + verdictBadge(metric.verdict)],
                     class: metric.verdict == .regression || metric.verdict == .improvement ? metric.verdict.rawValue : nil)
        }
        parts.append(HTML.table(head: ["metric", "baseline", "this run", "change"], rows: rows, class: "comparison"))
        let failing = report.calls.filter { comparison.newlyFailing.contains($0.scenario) }
        if failing.isEmpty {
            parts.append(HTML.text("p", [:], "No call newly fails."))
        } else {
            parts.append(HTML.text("h3", [:], "Calls that newly fail (\(failing.count))"))
            parts.append(HTML.element("ul", [:], failing.map { call in
                HTML.element("li", [:], link(call.scenario, anchors) + (call.failures.first.map { ": " + HTML.escape($0) } ?? ""))
            }.joined()))
        }
        if !comparison.newlyPassing.isEmpty {
            parts.append(HTML.text("h3", [:], "Calls that now pass (\(comparison.newlyPassing.count))"))
            parts.append(HTML.element("ul", [:], comparison.newlyPassing.map { HTML.element("li", [:], link($0, anchors)) }.joined()))
        }
        return HTML.element("section", ["id": "baseline"], parts.joined(separator: "\n"))
    }

    static func verdictBadge(_ verdict: MetricChange.Verdict) -> String {
        switch verdict {
        case .regression: HTML.text("span", ["class": "badge"], "worse")
        case .improvement: HTML.text("span", ["class": "badge"], "better")
        case .changed: HTML.text("span", ["class": "badge info"], "changed")
        case .incomparable: HTML.text("span", ["class": "badge info"], "n/a")
        case .unchanged: ""
        }
    }

    static func link(_ scenario: String, _ anchors: [String: String]) -> String {
        guard let anchor = anchors[scenario] else { return HTML.text("code", [:], scenario) }
        return HTML.element("a", ["href": "#" + anchor], HTML.text("code", [:], scenario))
    }
}
