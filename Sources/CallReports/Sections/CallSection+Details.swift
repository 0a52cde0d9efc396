import ReportModel

extension CallSection {
    /// The tool calls with their arguments and results.
    static func toolCalls(_ call: CallReport) -> String {
        guard !call.toolCalls.isEmpty else { return "" }
        let rows = call.toolCalls.map { tool in
            let arguments = tool.arguments.sorted { $0.key < $1.key }.map { HTML.text("code", [:], $0.key) + " = " + HTML.escape($0.value) }
            return HTML.row([HTML.text("code", [:], tool.name), arguments.joined(separator: "<br/>"),
                             HTML.text("pre", ["class": "result"], tool.result),
                             tool.error ? HTML.text("span", ["class": "badge fail"], "error") : HTML.text("span", ["class": "badge pass"], "ok")])
        }
        return HTML.text("h4", [:], "Tool calls") + HTML.table(head: ["tool", "arguments", "result", ""], rows: rows, class: "tools")
    }

    /// The expected slot values and what reached the tools.
    static func entities(_ call: CallReport) -> String {
        guard !call.entities.isEmpty else { return "" }
        let rows = call.entities.map { entity in
            HTML.row([HTML.text("code", [:], entity.name), HTML.escape(entity.expected),
                      entity.actual.map(HTML.escape) ?? HTML.text("span", ["class": "muted"], "(none)"),
                      entity.correct ? HTML.text("span", ["class": "badge pass"], "correct") : HTML.text("span", ["class": "badge fail"], "wrong")],
                     class: entity.correct ? nil : "failed")
        }
        return HTML.text("h4", [:], "Entities") + HTML.table(head: ["slot", "expected", "reached the tools", ""], rows: rows)
    }

    /// The caller's barge-ins and how fast the agent stopped.
    static func bargeIns(_ call: CallReport) -> String {
        guard !call.bargeIns.isEmpty else { return "" }
        let rows = call.bargeIns.map { (bargeIn: BargeInReport) -> String in
            let stopped = bargeIn.agentStopped ? "yes" : "no"
            return HTML.row([Format.callTime(bargeIn.atMs), Format.ms(bargeIn.stopMs), stopped])
        }
        return HTML.text("h4", [:], "Barge-ins") + HTML.table(head: ["at", "agent audio stopped after", "agent stopped"], rows: rows)
    }

    /// What the line did in each direction.
    static func line(_ call: CallReport) -> String {
        let directions: [(String, LineReport.LineDirection)] = [("caller → agent", call.line.callerToAgent), ("agent → caller", call.line.agentToCaller)]
        let rows = directions.map { name, d -> String in
            let cells: [String] = [name, String(d.sent), String(d.lost), String(d.late), String(d.concealed), Format.ms(d.meanDelayMs)]
            return HTML.row(cells)
        }
        return HTML.text("h4", [:], "Line")
            + HTML.table(head: ["direction", "frames sent", "lost", "late", "concealed", "mean delay"], rows: rows, class: "line")
    }
}
