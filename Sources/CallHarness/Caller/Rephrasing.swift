import CallText

/// How a caller says a fact again when the agent did not understand it the first time:
/// as a person would, in other words — "ten in the morning" becomes "ten o'clock, in the
/// morning", then "ten a m"; "Friday" becomes "Friday, June sixth"; a lone "yes" becomes
/// "yes, that's right". The meaning stays; the words change, so a misrecognition of one
/// phrasing need not repeat.
enum Rephrasing {
    /// The `attempt`-th other way (1, 2, …) of saying `fact`; `today` dates the calendar.
    static func variant(of fact: String, attempt: Int, today: CalendarDate?) -> String {
        guard attempt > 0 else { return fact }
        let forms = alternatives(fact, today: today)
        guard !forms.isEmpty else { return fact }
        return forms[(attempt - 1) % forms.count]
    }

    static func alternatives(_ fact: String, today: CalendarDate?) -> [String] {
        if let yes = YesNo.classify(fact), TextNormalizer.words(fact).count <= 4 {
            return yes ? ["Yes, that's right.", "Yes. Yes, please."] : ["No, that's not right.", "No. No, thank you."]
        }
        if let today, let date = DateParser.parse(fact, today: today, purpose: .birthDate), TextNormalizer.words(fact).count >= 3 {
            return ["My date of birth is \(date.spokenWithYear).", "\(date.spokenWithYear)."]
        }
        if let time = TimeParser.parse(fact), let today, let date = DateParser.parse(fact, today: today, purpose: .upcoming) {
            return ["\(date.spoken), at \(spoken(time)).", "On \(date.weekdayName), \(spoken(time))."]
        }
        if let time = TimeParser.parse(fact) {
            return ["\(spoken(time)).", "At \(clock(time))."]
        }
        if let today, let date = DateParser.parse(fact, today: today, purpose: .upcoming) {
            return ["\(date.spoken).", "This \(date.weekdayName), please."]
        }
        if let name = PersonNameParser.parse(fact) {
            return ["My name is \(name).", "It's \(name). \(name)."]
        }
        return ["I said, \(trimmed(fact)).", "\(trimmed(fact)), please."]
    }

    /// "ten o'clock in the morning", "two thirty in the afternoon".
    static func spoken(_ time: ClockTime) -> String {
        let hour = NumberWords.cardinal(time.hour12).joined(separator: " ")
        let minutes = time.minute == 0 ? " o'clock" : " " + NumberWords.cardinal(time.minute).joined(separator: " ")
        let part = time.hour < 12 ? "in the morning" : time.hour < 17 ? "in the afternoon" : "in the evening"
        return "\(hour)\(minutes) \(part)"
    }

    /// "ten a m", "two thirty p m".
    static func clock(_ time: ClockTime) -> String {
        let hour = NumberWords.cardinal(time.hour12).joined(separator: " ")
        let minutes = time.minute == 0 ? "" : " " + NumberWords.cardinal(time.minute).joined(separator: " ")
        return "\(hour)\(minutes) \(time.hour < 12 ? "a m" : "p m")"
    }

    private static func trimmed(_ text: String) -> String {
        var t = Substring(text)
        while let last = t.last, ".!?".contains(last) { t = t.dropLast() }
        return String(t)
    }
}
