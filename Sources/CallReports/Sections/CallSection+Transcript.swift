import ReportModel

extension CallSection {
    /// Turn by turn: what the caller said, what the agent heard (with the alignment),
    /// what it replied, and how long that took.
    static func transcript(_ call: CallReport) -> String {
        guard !call.turns.isEmpty else { return HTML.text("p", ["class": "muted"], "The caller said nothing.") }
        let rows = call.turns.enumerated().map { index, turn in
            var said = HTML.escape(turn.caller.isEmpty ? "(silence)" : turn.caller)
            said += "<br/>" + HTML.text("span", ["class": "muted small"], "\(turn.kind), \(Format.callTime(turn.startMs))–\(Format.callTime(turn.endMs))")
            if turn.cutIn { said += " " + HTML.text("span", ["class": "badge fail", "title": "The agent spoke before this turn was over."], "cut in") }
            let heard = HTML.escape(turn.heard.isEmpty ? "(nothing)" : turn.heard)
                + HTML.text("span", ["class": "muted small"], " — WER \(Format.percent(turn.wer))") + AlignmentBlock.html(turn)
            var replied = turn.agent.map(HTML.escape) ?? HTML.text("span", ["class": "muted"], "(no reply)")
            if turn.replyInterrupted == true { replied += " " + HTML.text("span", ["class": "badge warn"], "interrupted") }
            return HTML.row([String(index + 1), said, heard, replied, Format.ms(turn.ttfaMs), Format.ms(turn.eotMs)])
        }
        let table = HTML.element("table", ["class": "transcript"],
                                 HTML.element("colgroup", [:], [3, 20, 40, 23, 7, 7].map { HTML.empty("col", ["style": "width:\($0)%"], selfClosing: true) }.joined())
                                 + HTML.element("thead", [:], HTML.row(["#", "caller said", "agent heard", "agent replied", "TTFA", "EOT"], header: true))
                                 + HTML.element("tbody", [:], rows.joined(separator: "\n")))
        return HTML.text("h4", [:], "Transcript") + table + AlignmentBlock.key
    }

    /// The call's replies as stacked stage bars.
    static func stageBreakdown(_ call: CallReport) -> String {
        let bars = call.turns.enumerated().compactMap { index, turn in
            turn.stagesMs.map { StageBreakdownChart.Bar(label: "turn \(index + 1)", stages: $0) }
        }
        guard !bars.isEmpty else { return "" }
        return HTML.text("h4", [:], "Where the time to first audio went") + StageBreakdownChart.legend()
            + HTML.element("div", ["class": "scroll"], StageBreakdownChart.svg(bars, label: "Stage breakdown of \(call.scenario)"))
    }
}
