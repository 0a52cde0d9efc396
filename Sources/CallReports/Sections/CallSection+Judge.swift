import ReportModel

extension CallSection {
    /// The call's judge criteria with their verdicts and reasons.
    static func judgements(_ call: CallReport) -> String {
        guard let judgements = call.judgements, !judgements.isEmpty else { return "" }
        let rows = judgements.map { judgement in
            HTML.row([HTML.escape(judgement.criterion), verdictBadge(judgement.verdict), HTML.escape(judgement.reason)],
                     class: judgement.verdict == .fail ? "failed" : nil)
        }
        return HTML.text("h4", [:], "Judge") + HTML.table(head: ["criterion", "verdict", "reason"], rows: rows, class: "judge")
    }

    /// pass, FAIL or not judged.
    static func verdictBadge(_ verdict: JudgementReport.Verdict) -> String {
        switch verdict {
        case .pass: HTML.text("span", ["class": "badge pass"], "pass")
        case .fail: HTML.text("span", ["class": "badge fail"], "FAIL")
        case .notJudged: HTML.text("span", ["class": "badge info"], "not judged")
        }
    }
}
