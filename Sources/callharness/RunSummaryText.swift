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
        if let verdicts = report.scenarios {
            // Flaky scenarios first: they are what a repeated run is for.
            for verdict in verdicts where verdict.flaky || !verdict.holds {
                let bar = verdict.requiredPassRate.map { ", needs \(pct($0))" } ?? ""
                let interval = verdict.passRateInterval.map(pct).joined(separator: "–")
                lines.append("\(verdict.holds ? "flaky" : "FAIL ") \(verdict.scenario): passed \(verdict.passed)/\(verdict.runs) (\(interval)\(bar))")
            }
            let holding = verdicts.filter(\.holds).count
            lines.append("\(holding)/\(verdicts.count) scenarios hold over their runs (\(s.passed)/\(s.calls) calls passed)")
        }
        lines.append("\(s.passed)/\(s.calls) \(report.scenarios == nil ? "scenarios" : "calls") passed   agent \(report.agent.name) (\(report.agent.clock == "monotonic" ? "real time, not byte-reproducible" : report.agent.latencyProfile + (report.agent.reproducible ? "" : ", measured: not reproducible"))), seed \(report.seed)")
        // Outside the agent its recognizer's words are not seen: no reference words, no WER.
        let wer = report.agent.clock == "monotonic" && !report.calls.contains { $0.werCounts.referenceWords > 0 } ? "– (not observable)" : pct(s.wer)
        lines.append("completion \(pct(s.completionRate))   escalation \(pct(s.escalationRate)) (accuracy \(pct(s.escalationAccuracy)))   WER \(wer)")
        lines.append("TTFA p50 \(ms(s.ttfaMs.p50))  p95 \(ms(s.ttfaMs.p95))  max \(ms(s.ttfaMs.max))  (n=\(s.ttfaMs.count), nearest rank)   EOT p50 \(ms(s.eotMs.p50))  p95 \(ms(s.eotMs.p95))")
        lines.append("barge-in stop p95 \(ms(s.bargeIn.stopMsP95)) (n=\(s.bargeIn.count))   cut-ins \(s.bargeIn.cutIns)   false barge-ins \(s.bargeIn.falseBargeIns)   longest dead air \(ms(s.deadAirMsMax))")
        lines.append(String(format: report.agent.clock == "monotonic" ? "%.1f s of calls in %.1f s" : "%.1f s of calls simulated in %.1f s",
                            s.simulatedSeconds, s.wallSeconds))
        lines += judgeLines(report)
        for call in report.calls where !call.passed {
            lines.append("FAIL \(call.scenario)")
            for failure in call.failures { lines.append("  - \(failure)") }
        }
        lines.append("report: \(path)")
        return lines.joined(separator: "\n")
    }

    /// The judge criteria by verdict, and which were not judged and why.
    static func judgeLines(_ report: RunReport) -> [String] {
        guard let j = report.summary.judgements else { return [] }
        guard let judge = report.judge else {
            return ["judge: none given, so \(j.criteria) criteria not judged (neither passed nor failed); give a model with --judge FILE"]
        }
        var lines = ["judge \(judge.model): \(j.criteria) criteria, \(j.passed) passed, \(j.failed) failed, \(j.notJudged) not judged"]
        let unjudged = report.calls.flatMap { call in
            (call.judgements ?? []).filter { $0.verdict == .notJudged }.map { "  not judged: \(call.scenario): \"\($0.criterion)\": \($0.reason)" }
        }
        lines += unjudged.prefix(5)
        if unjudged.count > 5 { lines.append("  … and \(unjudged.count - 5) more not judged (see report.json)") }
        return lines
    }
}
