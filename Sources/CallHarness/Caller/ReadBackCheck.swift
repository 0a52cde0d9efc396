import CallText

/// How the simulated caller checks what the agent reads back before agreeing: every date,
/// time, titled name ("Doctor Patel") and number read digit by digit ("W one zero zero
/// eight") it knows — said or not yet asked for — and its own name must be the ones the
/// agent repeats. A person would not confirm "Sunday, June eighth" after
/// asking for Thursday, whether or not it was ever asked which day.
struct ReadBackCheck {
    /// The calendar's today; without one, dates are not checked.
    let today: CalendarDate?

    /// The caller's facts that `readBack` contradicts, in the order given; `facts` is what
    /// the caller knows, oldest first (only the latest date, time and titled name count: a
    /// caller who changed the day expects the new one).
    func contradictions(in readBack: String, facts: [String], names: [String] = []) -> [String] {
        var wrong: [String] = []
        // The caller's own name, read back for something ("an appointment for Heart Brown").
        if let name = names.last, let given = PersonNameParser.parse(name), let said = Self.nameReadBack(in: readBack),
           FuzzyMatcher.similarity(given, said) < 0.75 {
            wrong.append(name)
        }
        var checked: Set<String> = []
        for fact in facts.reversed() {
            let words = TextNormalizer.words(fact)
            if looksLikeBirthDate(words) { continue }
            var contradicts = false
            if let time = TimeParser.parse(fact), checked.insert("time").inserted,
               let said = TimeParser.parse(readBack), said != time { contradicts = true }
            if let today, let date = DateParser.parse(fact, today: today, purpose: .upcoming), checked.insert("date").inserted,
               let said = DateParser.parse(readBack, today: today, purpose: .upcoming), said != date { contradicts = true }
            if let name = Self.titledName(in: words), checked.insert("titled").inserted,
               let said = Self.titledName(in: TextNormalizer.words(readBack)),
               !said.contains(where: { heard in name.contains { FuzzyMatcher.similarity(heard, $0) >= 0.75 } }) { contradicts = true }
            if let digits = Self.digitRun(in: words), checked.insert("digits").inserted,
               let said = Self.digitRun(in: TextNormalizer.words(readBack)), said.count == digits.count, said != digits { contradicts = true }
            if contradicts { wrong.append(fact) }
        }
        return wrong.reversed()
    }

    /// True when `text` reads back anything this check can verify: a time, a date, a titled
    /// name, the person it is for or a number read digit by digit. "Shall I book that
    /// appointment?" alone reads back nothing.
    func hasDetails(_ text: String) -> Bool {
        if TimeParser.parse(text) != nil || Self.nameReadBack(in: text) != nil { return true }
        let words = TextNormalizer.words(text)
        if Self.titledName(in: words) != nil || Self.digitRun(in: words) != nil { return true }
        return today.flatMap { DateParser.parse(text, today: $0, purpose: .upcoming) } != nil
    }

    /// The person a read-back is for: the name after "for" or "under" ("an appointment for
    /// Jane Doe with …").
    static func nameReadBack(in text: String) -> String? {
        let words = TextNormalizer.words(text)
        guard let cue = words.lastIndex(where: { $0 == "for" || $0 == "under" }) else { return nil }
        let name = words[(cue + 1)...].prefix(3).prefix(while: PersonNameParser.canBePartOfName)
        return name.count >= 2 ? name.joined(separator: " ") : nil
    }

    /// The digits of the longest run of at least three digit words said one by one ("one
    /// zero zero eight" → "1008"): how ids and codes are read out.
    static func digitRun(in words: [String]) -> String? {
        var best = "", current = ""
        for word in words + [""] {
            if let digit = word == "oh" ? 0 : Self.digitWords.firstIndex(of: word) {
                current += String(digit)
            } else {
                if current.count > best.count { best = current }
                current = ""
            }
        }
        return best.count >= 3 ? best : nil
    }

    static let digitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// Birth dates carry a year ("nineteen sixty two").
    private func looksLikeBirthDate(_ words: [String]) -> Bool {
        words.contains { ["nineteen", "twenty", "thousand"].contains($0) } && words.count >= 4
    }

    /// The words of the last titled name ("doctor raj patel" → ["raj", "patel"]): up to two
    /// words after a title, stopping at a word that cannot be part of a name.
    static func titledName(in words: [String]) -> [String]? {
        guard let index = words.lastIndex(where: { FuzzyMatcher.titles.contains($0) }) else { return nil }
        let name = words[(index + 1)...].prefix(2).prefix(while: PersonNameParser.canBePartOfName)
        return name.isEmpty ? nil : Array(name)
    }
}
