import ReportModel

/// Sparklines of TTFA P95, completion and WER over earlier runs and this one.
enum TrendSection {
    /// The section; `history` is oldest first. This run is added at the end unless the
    /// last point already is this run (same start time).
    static func html(_ report: RunReport, history: [HistoryPoint]) -> String {
        var points = history
        if points.last?.startedAt != report.startedAt { points.append(HistoryPoint(runId: "this run", report: report)) }
        let names = points.map { "\($0.runId) (\($0.startedAt))" }
        func line(_ title: String, _ values: [Double?], format: @escaping (Double) -> String) -> String {
            let spark = TrendSparkline.svg(zip(names, values).map { TrendSparkline.Point(run: $0.0, value: $0.1) },
                                           label: "\(title) over \(points.count) runs", format: format)
            let known = values.compactMap { $0 }
            let range = known.isEmpty ? "no values" : "range \(format(known.min()!)) – \(format(known.max()!))"
            return HTML.element("figure", [:], spark + HTML.text("figcaption", [:], "\(title), \(range)"))
        }
        let content = line("TTFA P95", points.map(\.ttfaP95Ms), format: { Format.ms($0) })
            + line("completion", points.map(\.completionRate), format: { Format.percent($0) })
            + line("WER", points.map(\.wer), format: { Format.percent($0) })
        return HTML.element("section", ["id": "trend"],
                            HTML.text("h2", [:], "Trend")
                            + HTML.text("p", ["class": "small"], "The last \(points.count) runs, oldest first; the darker point is the latest.")
                            + HTML.element("div", ["class": "trend"], content))
    }
}
