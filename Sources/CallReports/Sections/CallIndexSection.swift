import ReportModel

/// The table of calls, each linking to its section.
enum CallIndexSection {
    /// The table; `anchors[i]` is the id of call `i`'s section.
    static func html(_ report: RunReport, anchors: [String]) -> String {
        let rows = zip(report.calls, anchors).enumerated().map { index, pair in
            let (call, anchor) = pair
            return HTML.row([
                String(index + 1),
                HTML.element("a", ["href": "#" + anchor], HTML.text("code", [:], call.scenario)),
                CallSection.resultBadge(call),
                call.completed ? "yes" : HTML.text("span", ["class": "badge fail"], "no"),
                escalation(call),
                HTML.escape(call.endedBy),
                Format.callTime(call.durationMs),
                Format.ms(call.ttfaMs.p50),
                Format.ms(call.ttfaMs.p95),
                Format.percent(call.wer),
                call.failures.first.map(HTML.escape) ?? "",
            ], class: call.passed ? nil : "failed")
        }
        return HTML.element("section", ["id": "calls"],
                            HTML.text("h2", [:], "Calls")
                            + HTML.table(head: ["#", "scenario", "result", "completed", "escalated", "ended by", "duration",
                                                "TTFA P50", "TTFA P95", "WER", "first failure"], rows: rows, class: "calls"))
    }

    static func escalation(_ call: CallReport) -> String {
        let text = call.escalated ? "yes" : "no"
        guard call.escalated != call.expectedEscalation else { return text }
        return HTML.text("span", ["class": "badge fail", "title": "expected \(call.expectedEscalation ? "an escalation" : "no escalation")"],
                         text + " (expected \(call.expectedEscalation ? "yes" : "no"))")
    }
}
