import ReportModel

/// The run against a baseline run: a metric table with regressions and improvements
/// marked, and the calls that newly fail or newly pass.
enum ComparisonSection {
    /// The section; `anchors` maps scenario ids to their call sections.
    static func html(_ report: RunReport, baseline: RunReport, thresholds: GateThresholds, anchors: [String: String]) -> String {
        let comparison = ReportComparison(candidate: report, baseline: baseline, thresholds: thresholds)
        var parts = [
            HTML.text("h2", [:], "Against the baseline"),
            HTML.text("p", ["class": "small"],
                      "Baseline: \(baseline.agent.name) (\(baseline.agent.latencyProfile)), seed \(baseline.seed), started \(baseline.startedAt), \(baseline.summary.passed)/\(baseline.summary.calls) calls passed. Lower is better for latencies, WER and counts; higher for rates."),
        ]
        let rows = comparison.metrics.map { metric -> String in
            let change = metric.status == .same ? HTML.text("span", ["class": "muted"], "no change")
                : HTML.escape(metric.formattedChange) + " " + verdictBadge(metric)
            let rowClass: String? = metric.isWorse ? "regression" : metric.status == .better ? "improvement" : nil
            return HTML.row([HTML.escape(metric.metric.label), HTML.escape(metric.format(metric.baseline)),
                             HTML.escape(metric.format(metric.candidate)), change], class: rowClass)
        }
        parts.append(HTML.table(head: ["metric", "baseline", "this run", "change"], rows: rows, class: "comparison"))
        let newlyFailing = Set(comparison.newlyFailing.map(\.scenario))
        let failing = report.calls.filter { newlyFailing.contains($0.scenario) }
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
            parts.append(HTML.element("ul", [:], comparison.newlyPassing.map { HTML.element("li", [:], link($0.scenario, anchors)) }.joined()))
        }
        return HTML.element("section", ["id": "baseline"], parts.joined(separator: "\n"))
    }

    static func verdictBadge(_ row: MetricComparison) -> String {
        switch row.status {
        case .regression: HTML.text("span", ["class": "badge"], "regression")
        case .worse, .withinNoise: HTML.text("span", ["class": "badge"], "worse")
        case .better: HTML.text("span", ["class": "badge"], "better")
        case .changed: HTML.text("span", ["class": "badge info"], "changed")
        case .unavailable: HTML.text("span", ["class": "badge info"], "n/a")
        case .same: ""
        }
    }

    static func link(_ scenario: String, _ anchors: [String: String]) -> String {
        guard let anchor = anchors[scenario] else { return HTML.text("code", [:], scenario) }
        return HTML.element("a", ["href": "#" + anchor], HTML.text("code", [:], scenario))
    }
}
