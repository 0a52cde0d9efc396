import ReportModel
import CallHarness
import Foundation

/// The human-readable summary printed after a run.
enum RunSummaryText {
    static func render(_ report: RunReport, path: String) -> String {
        let s = report.summary
        func ms(_ x: Double?) -> String { x.map { String(format: "%.0f ms", $0) } ?? "–" }
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        var lines: [String] = []
        lines.append("")
        lines.append("\(s.passed)/\(s.calls) scenarios passed   agent \(report.agent.name) (\(report.agent.latencyProfile)\(report.agent.reproducible ? "" : ", measured: not reproducible")), seed \(report.seed)")
        lines.append("completion \(pct(s.completionRate))   escalation \(pct(s.escalationRate)) (accuracy \(pct(s.escalationAccuracy)))   WER \(pct(s.wer))")
        lines.append("TTFA p50 \(ms(s.ttfaMs.p50))  p95 \(ms(s.ttfaMs.p95))  max \(ms(s.ttfaMs.max))  (n=\(s.ttfaMs.count), nearest rank)   EOT p50 \(ms(s.eotMs.p50))  p95 \(ms(s.eotMs.p95))")
        lines.append("barge-in stop p95 \(ms(s.bargeIn.stopMsP95)) (n=\(s.bargeIn.count))   cut-ins \(s.bargeIn.cutIns)   false barge-ins \(s.bargeIn.falseBargeIns)   longest dead air \(ms(s.deadAirMsMax))")
        lines.append(String(format: "%.1f s of calls simulated in %.1f s", s.simulatedSeconds, s.wallSeconds))
        for call in report.calls where !call.passed {
            lines.append("FAIL \(call.scenario)")
            for failure in call.failures { lines.append("  - \(failure)") }
        }
        lines.append("report: \(path)")
        return lines.joined(separator: "\n")
    }
}
