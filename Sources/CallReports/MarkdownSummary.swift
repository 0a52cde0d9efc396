import ReportModel

/// summary.md: the run's headline numbers, its failing calls and, with a baseline, what
/// changed — short enough for a pull-request comment or a CI step summary.
public enum MarkdownSummary {
    /// The Markdown text.
    public static func render(_ report: RunReport, baseline: RunReport? = nil, thresholds: GateThresholds = .init()) -> String {
        let s = report.summary
        var lines = [
            "## callharness: \(s.passed)/\(s.calls) calls passed",
            "",
            "Agent \(Markdown.code(report.agent.name)) · latency profile \(Markdown.code(report.agent.latencyProfile))"
                + (report.agent.reproducible ? "" : " (**measured — not reproducible**)")
                + " · seed \(report.seed) · \(Markdown.escape(report.tool.name)) \(Markdown.escape(report.tool.version))"
                + (report.complete ? "" : " · **incomplete run**"),
            "",
        ]
        var notes: [String] = []
        let marks = ["¹", "²"]
        func latency(_ value: Double?, ci: [Double]?, note: String?) -> String {
            var text = Format.ms(value)
            if let interval = Format.interval(ci) { text += " (95% CI \(interval))" }
            if let note {
                if !notes.contains(note) { notes.append(note) }
                text += " " + marks[notes.firstIndex(of: note)! % marks.count]
            }
            return text
        }
        lines += Markdown.table(["metric", "value"], [
            ["calls passed", "\(s.passed) / \(s.calls)"],
            ["completion", Format.percent(s.completionRate)],
            ["escalation accuracy", Format.percent(s.escalationAccuracy) + " (escalated \(Format.percent(s.escalationRate)))"],
            ["TTFA P50", latency(s.ttfaMs.p50, ci: s.ttfaMs.p50CI, note: nil)],
            ["TTFA P95", latency(s.ttfaMs.p95, ci: s.ttfaMs.p95CI, note: s.ttfaMs.note)],
            ["EOT P95", latency(s.eotMs.p95, ci: s.eotMs.p95CI, note: s.eotMs.note)],
            ["WER", Format.percent(s.wer)],
        ] + (s.judgements.map { j in
            [["judge criteria", "\(j.passed) / \(j.criteria) passed, \(j.failed) failed, \(j.notJudged) not judged"
                + (report.judge.map { " (\(Markdown.code($0.model)))" } ?? " (no judge model given)")]]
        } ?? []))
        for (index, note) in notes.enumerated() {
            lines += ["", "\(marks[index % marks.count]) \(Markdown.escape(note))"]
        }
        let failing = report.calls.filter { !$0.passed }
        if !failing.isEmpty {
            lines += ["", "### Failing calls", ""]
            lines += Markdown.table(["call", "first failure"], failing.map { call in
                let more = call.failures.count > 1 ? " (+\(call.failures.count - 1) more)" : ""
                return [Markdown.code(call.scenario), (call.failures.first.map(Markdown.escape) ?? "the call failed") + more]
            })
        }
        if let baseline { lines += comparison(report, baseline: baseline, thresholds: thresholds) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changed metrics and the calls that newly fail.
    static func comparison(_ report: RunReport, baseline: RunReport, thresholds: GateThresholds) -> [String] {
        let comparison = ReportComparison(candidate: report, baseline: baseline, thresholds: thresholds)
        var lines = ["", "### Against the baseline", "",
                     "Baseline: \(Markdown.code(baseline.agent.name)), seed \(baseline.seed), started \(Markdown.escape(baseline.startedAt)).", ""]
        let changed = comparison.metrics.filter { $0.status != .same }
        if changed.isEmpty {
            lines.append("No metric changed.")
        } else {
            lines += Markdown.table(["metric", "baseline", "this run", "change"], changed.map { metric in
                let verdict = switch metric.status {
                case .regression: " **regression**"
                case .worse, .withinNoise: " **worse**"
                case .better: " better"
                default: ""
                }
                return [metric.metric.label, metric.format(metric.baseline), metric.format(metric.candidate), metric.formattedChange + verdict]
            })
        }
        if !comparison.newlyFailing.isEmpty {
            lines += ["", "Newly failing: " + comparison.newlyFailing.map { Markdown.code($0.scenario) }.joined(separator: ", ")]
        }
        if !comparison.newlyPassing.isEmpty {
            lines += ["", "Now passing: " + comparison.newlyPassing.map { Markdown.code($0.scenario) }.joined(separator: ", ")]
        }
        return lines
    }
}
