import CallText

/// How the simulated caller checks the agent's read-back before saying "yes": the date
/// and time it asked for must be the ones the agent repeats. A person would not confirm
/// "Saturday, April eleventh" after asking for Friday. An offer of another slot ("that
/// time is taken; the nearest opening is …") is not a read-back and is not checked.
struct ReadBackCheck {
    /// The calendar's today; without one, dates are not checked.
    let today: CalendarDate?

    /// The fact the caller gave that the read-back contradicts, if any. Facts are in the
    /// order they were said; only the latest time, date and name count (a caller who
    /// changed the day expects the new one).
    func contradiction(in readBack: String, facts: [String]) -> String? {
        let heard = TextNormalizer.normalize(readBack)
        guard !Self.offerWords.contains(where: { heard.contains($0) }) else { return nil }
        var checked: Set<String> = []
        for fact in facts.reversed() {
            let words = TextNormalizer.words(fact)
            if looksLikeBirthDate(words) { continue }
            if let time = TimeParser.parse(fact) {
                if checked.insert("time").inserted, let said = TimeParser.parse(readBack), said != time { return fact }
            }
            if let today, let date = DateParser.parse(fact, today: today, purpose: .upcoming) {
                if checked.insert("date").inserted, let said = DateParser.parse(readBack, today: today, purpose: .upcoming), said != date { return fact }
            }
        }
        return nil
    }

    /// Birth dates carry a year ("nineteen sixty two").
    private func looksLikeBirthDate(_ words: [String]) -> Bool {
        words.contains { ["nineteen", "twenty", "thousand"].contains($0) } && words.count >= 4
    }

    /// Words of an offer rather than a read-back.
    static let offerWords = ["taken", "not available", "unavailable", "nearest", "instead", "alternative", "opening", "how about"]
}
