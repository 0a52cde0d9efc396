import Foundation
import ReportModel

/// A load test's levels as a table on the terminal, and the harness's pacing ceiling.
enum LoadSummaryText {
    static let columns = ["level", "calls", "failed (refused/timeout/dropped/silent)", "completed", "TTFA P50", "P95 [95% CI]", "P99",
                          "setup P50", "underruns", "harness P99"]

    static func render(_ load: LoadReport) -> String {
        func ms(_ value: Double?) -> String { value.map { String(format: "%.0f", $0) } ?? "–" }
        var rows = [columns]
        for step in load.steps {
            let f = step.failures
            let interval = step.ttfaMs.p95CI.map { " [\(ms($0.first))–\(ms($0.last))]" } ?? ""
            rows.append([String(step.concurrency), String(step.calls),
                         "\(f.total) (\(f.refused)/\(f.timeout)/\(f.closedMidCall)/\(f.noGreeting))", "\(step.completed)/\(step.calls)",
                         ms(step.ttfaMs.p50), ms(step.ttfaMs.p95) + interval, ms(step.ttfaMs.p99), ms(step.setupMs.p50),
                         step.underruns.count == 0 ? "0" : String(format: "%d (%.0f ms)", step.underruns.count, step.underruns.totalMs),
                         step.harnessJitterP99Ms.map { String(format: "%.1f ms", $0) } ?? "–"])
        }
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = ["load: \(load.plan), real time (\(load.clock) clock); TTFA and setup in ms"]
        lines += rows.map { row in
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column == 2 || column == 5 ? text + padding : padding + text
            }.joined(separator: "  ")
        }
        if let harness = load.harness {
            let above = harness.calls == harness.triedUpTo ? " (the most tried; it may hold further)" : ""
            lines.append(harness.calls == 0
                ? String(format: "harness: its own 20 ms pacing ran later than %.0f ms at P99 even at the first level: the timings measure the harness as much as the agent", harness.limitMs)
                : String(format: "harness: its own 20 ms pacing held within %.0f ms at P99 up to %d calls in flight%@", harness.limitMs, harness.calls, above))
        }
        return lines.joined(separator: "\n")
    }
}
