import ReportModel

/// The distribution of time to first audio over the run, and each reply's stage breakdown.
enum LatencySection {
    /// The section.
    static func html(_ report: RunReport) -> String {
        let samples = report.calls.flatMap { $0.turns.compactMap(\.ttfaMs) }
        let stats = report.summary.ttfaMs
        var parts = [HTML.text("h2", [:], "Latency")]
        guard !samples.isEmpty else {
            parts.append(HTML.text("p", ["class": "muted"], "No reply reached the caller: there is no time to first audio to show."))
            return HTML.element("section", ["id": "latency"], parts.joined(separator: "\n"))
        }
        parts.append(HTML.text("p", ["class": "small"],
                               "Time to first audio (TTFA): from the end of the caller's speech to the first audible sample of the reply at the caller's ear; \(samples.count) replies."))
        parts.append(HTML.element("div", ["class": "charts"],
            figure(LatencyHistogram.svg(samples, p50: stats.p50, p95: stats.p95, title: "TTFA"), caption: "TTFA histogram")
            + figure(LatencyCDF.svg(samples, p50: stats.p50, p95: stats.p95, title: "TTFA"), caption: "TTFA cumulative distribution")))
        let bars = report.calls.flatMap { call in
            call.turns.enumerated().compactMap { index, turn in
                turn.stagesMs.map { StageBreakdownChart.Bar(label: "\(call.scenario) · turn \(index + 1)", stages: $0) }
            }
        }
        if !bars.isEmpty {
            parts.append(HTML.text("h3", [:], "Where the time went, reply by reply"))
            parts.append(StageBreakdownChart.legend())
            parts.append(HTML.element("div", ["class": "scroll"], StageBreakdownChart.svg(bars, label: "Stage breakdown of \(bars.count) replies")))
        }
        return HTML.element("section", ["id": "latency"], parts.joined(separator: "\n"))
    }

    static func figure(_ svg: String, caption: String) -> String {
        HTML.element("figure", [:], svg + HTML.text("figcaption", [:], caption))
    }
}
