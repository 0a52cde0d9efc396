import ReportModel

/// The headline numbers of the run as cards.
enum SummarySection {
    /// One card.
    struct Card {
        var label: String
        var value: String
        var sub: String? = nil
        var note: String? = nil
        var mood: String? = nil

        var html: String {
            var content = HTML.text("div", ["class": "label"], label) + HTML.text("div", ["class": "value"], value)
            if let sub { content += HTML.text("div", ["class": "sub"], sub) }
            if let note { content += HTML.text("div", ["class": "note"], note) }
            return HTML.element("div", ["class": mood.map { "card \($0)" } ?? "card"], content)
        }
    }

    /// The section.
    static func html(_ report: RunReport) -> String {
        let s = report.summary
        var cards = [
            Card(label: "calls passed", value: "\(s.passed) / \(s.calls)", sub: Format.seconds(s.simulatedSeconds) + " of calls simulated",
                 mood: s.passed == s.calls ? "good" : "bad"),
            Card(label: "completion rate", value: Format.percent(s.completionRate), sub: "every task expectation held",
                 mood: s.completionRate < 1 ? "bad" : nil),
            Card(label: "escalation", value: Format.percent(s.escalationRate), sub: "accuracy " + Format.percent(s.escalationAccuracy),
                 mood: s.escalationAccuracy < 1 ? "bad" : nil),
            latencyCard("TTFA P50", s.ttfaMs.p50, ci: s.ttfaMs.p50CI, count: s.ttfaMs.count, note: nil),
            latencyCard("TTFA P95", s.ttfaMs.p95, ci: s.ttfaMs.p95CI, count: s.ttfaMs.count, note: s.ttfaMs.note),
            latencyCard("EOT P50", s.eotMs.p50, ci: s.eotMs.p50CI, count: s.eotMs.count, note: nil),
            latencyCard("EOT P95", s.eotMs.p95, ci: s.eotMs.p95CI, count: s.eotMs.count, note: s.eotMs.note),
            Card(label: "word error rate", value: Format.percent(s.wer), sub: "corpus WER over every caller turn"),
            Card(label: "entity accuracy", value: Format.percent(s.entityAccuracy),
                 sub: s.entityAccuracy == nil ? "no scenario expects entities" : "slot values that reached the tools"),
            Card(label: "barge-in stop P95", value: Format.ms(s.bargeIn.stopMsP95), sub: "\(s.bargeIn.count) barge-in\(s.bargeIn.count == 1 ? "" : "s")"),
            Card(label: "cut-ins", value: String(s.bargeIn.cutIns), sub: "agent spoke over an unfinished turn", mood: s.bargeIn.cutIns > 0 ? "bad" : nil),
            Card(label: "false barge-ins", value: String(s.bargeIn.falseBargeIns), sub: "agent stopped for noise",
                 mood: s.bargeIn.falseBargeIns > 0 ? "bad" : nil),
            Card(label: "longest dead air", value: Format.ms(s.deadAirMsMax), sub: "longest wait in any call"),
            Card(label: "talk-over", value: Format.seconds(s.talkOverSeconds), sub: "both sides speaking at once"),
        ]
        if let judged = s.judgements {
            let sub = report.judge.map { "judged by \($0.model)" } ?? "no judge model given (--judge FILE)"
            cards.insert(Card(label: "judge criteria passed", value: "\(judged.passed) / \(judged.criteria)",
                              sub: "\(judged.failed) failed · \(judged.notJudged) not judged · " + sub,
                              mood: judged.failed > 0 ? "bad" : judged.notJudged > 0 ? nil : "good"), at: 3)
        }
        return HTML.element("section", ["id": "summary"], HTML.text("h2", [:], "Summary") + "\n"
                            + HTML.element("div", ["class": "cards"], cards.map(\.html).joined(separator: "\n"))
                            + HTML.text("p", ["class": "muted small"],
                                        "Percentiles: \(s.percentileMethod) over all replies in the run; intervals are seeded bootstrap 95% confidence intervals."))
    }

    static func latencyCard(_ label: String, _ value: Double?, ci: [Double]?, count: Int, note: String?) -> Card {
        let sub = Format.interval(ci).map { "95% CI \($0), n = \(count)" } ?? "n = \(count)"
        return Card(label: label, value: Format.ms(value), sub: sub, note: note)
    }
}
