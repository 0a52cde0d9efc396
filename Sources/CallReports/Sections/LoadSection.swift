import ReportModel

/// A load test: the curves of TTFA and failures against calls in flight, and a table of
/// every level with its intervals, setup time, failures by cause and underruns.
enum LoadSection {
    /// The curves' styles, in the section so that pages without a load test stay as they are.
    static let style = """
        svg.chart .load-p95 { fill: none; stroke: #dc2626; stroke-width: 2; }
        svg.chart .load-p50 { fill: none; stroke: #2563eb; stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg.chart .load-ci { stroke: #dc2626; stroke-width: 1.5; }
        svg.chart .load-p95-dot { fill: #dc2626; }
        svg.chart .load-p50-dot { fill: #2563eb; }
        svg.chart .load-fail { fill: #f59e0b; }
        svg.chart .load-none { fill: #d1d5db; }
        """

    /// The section.
    static func html(_ load: LoadReport) -> String {
        var parts = [
            HTML.element("style", [:], style),
            HTML.text("h2", [:], "Load"),
            HTML.text("p", ["class": "small"], "\(load.plan), on the \(load.clock) clock (real time: not byte-reproducible). "
                      + "Percentiles are nearest-rank over each level's replies, with seeded bootstrap 95% intervals."),
        ]
        if let harness = load.harness {
            let above = harness.calls >= harness.triedUpTo ? " or more (the highest level tried)" : ""
            parts.append(HTML.text("p", ["class": "small"], "The harness paces \(harness.calls)\(above) calls at once on this machine "
                                   + "with its 20 ms send jitter P99 within \(Format.ms(harness.limitMs))."))
        }
        parts.append(HTML.element("div", ["class": "charts"],
            LatencySection.figure(LoadCurveChart.ttfa(load.steps), caption: "TTFA P95 (with its 95% interval) and P50 against calls in flight")
            + LatencySection.figure(LoadCurveChart.failures(load.steps), caption: "Calls failed against calls in flight")))
        let head = ["in flight", "calls", "completed", "TTFA P50", "TTFA P95", "P95 95% CI", "TTFA P99", "barge-in stop P95", "setup P95",
                    "refused", "timeout", "closed mid-call", "no greeting", "underruns", "stutter per call"]
        let rows = load.steps.map { step in
            HTML.row([String(step.concurrency), String(step.calls),
                      step.completionRate.map { "\(step.completed) (\(Format.wholePercent($0)))" } ?? Format.missing,
                      Format.ms(step.ttfaMs.p50), Format.ms(step.ttfaMs.p95), Format.interval(step.ttfaMs.p95CI) ?? Format.missing, Format.ms(step.ttfaMs.p99),
                      Format.ms(step.bargeInStopMsP95), Format.ms(step.setupMs.p95),
                      String(step.failures.refused), String(step.failures.timeout), String(step.failures.closedMidCall), String(step.failures.noGreeting),
                      String(step.underruns.count), Format.ms(step.underruns.msPerCall)].map(HTML.escape))
        }
        parts.append(HTML.element("div", ["class": "scroll"], HTML.table(head: head.map(HTML.escape), rows: rows, class: "small")))
        return HTML.element("section", ["id": "load"], parts.joined(separator: "\n"))
    }
}
