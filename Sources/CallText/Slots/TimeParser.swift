/// Reads the time of day a caller means from recognizer text.
///
/// Forms understood: "three", "three pm", "three p m", "3 pm", "3pm", "three o'clock",
/// "three thirty", "nine oh five", "ten forty five", "10:30", "15:00", "fifteen hundred",
/// "half past three", "quarter past nine", "quarter to four", "ten past two",
/// "twenty to five", "ten after three", "noon", "midday", "twelve noon", "midnight";
/// with a part of the day right after ("a m", "p m", "in the morning", "in the
/// afternoon", "in the evening", "at night", "this afternoon", "tonight") or anywhere
/// in the text ("tomorrow afternoon at three").
///
/// Without a part of the day, an hour of 1–12 follows business hours: 7–11 are morning,
/// 12 is noon, 1–6 are afternoon (so "quarter to seven" is 6:45 AM and "quarter to one"
/// 12:45 PM); 13–23 are read on the 24-hour clock.
///
/// Every number that could be an hour is a candidate, scored: 1, plus 2 with minutes,
/// plus 2 with "o'clock" (or "hours" after "fifteen hundred"), plus 3 with a part of the day
/// right after it, plus 2 after "at",
/// "around", "about", "by", "say", "before", "after", "until" or "from"; "half past" and
/// "quarter to" forms score 5, "noon"/"midnight" 5. A lone number with none of these must
/// end the text or be followed by a word like "please", "then", "works" or a weekday, and
/// not follow "the", "that", "one" …, so "two questions" and "the earlier one" are not
/// times. Numbers right after "a", a month name, "number", "room" or another number
/// (ids, dates) are never hours. The highest score wins; the later one on a tie, so a
/// correction ("at two, no, at three") wins.
public enum TimeParser {
    /// The time in `text`, or nil.
    public static func parse(_ text: String) -> ClockTime? {
        let words = SlotWords.words(text)
        let overall = periodAnywhere(in: words)
        var best: (score: Int, time: ClockTime)?
        for index in words.indices {
            if let found = candidate(words, at: index, overall: overall), found.score >= best?.score ?? 0 {
                best = found
            }
        }
        return best?.time
    }

    enum Period { case am, pm }

    static let cues: Set<String> = ["at", "around", "about", "by", "say", "before", "after", "until", "till", "from"]
    static let neverBefore: Set<String> = ["a", "an", "number", "room", "id", "extension", "minus", "plus", "point"]
    static let notBeforeLone: Set<String> = [
        "the", "that", "this", "which", "any", "each", "every", "other", "another", "earlier", "later", "first",
        "last", "one", "past", "to", "of", "after", "till", "than", "only", "just", "all", "those", "these", "my", "your",
    ]
    static let loneFollowers: Set<String> = Set(Stopwords.weekdays).union([
        "please", "then", "is", "works", "work", "would", "sounds", "if", "okay", "thanks", "thank", "maybe", "or",
        "and", "on", "tomorrow", "today", "that", "fine", "good", "should", "for", "tonight", "next", "this", "i",
        "instead", "perhaps", "ish", "yes", "yeah", "right", "sharp", "exactly",
    ])
    static let towardWords: Set<String> = ["to", "till", "til", "before", "of"]
    static let pastWords: Set<String> = ["past", "after"]

    static func candidate(_ words: [String], at i: Int, overall: Period?) -> (score: Int, time: ClockTime)? {
        let word = words[i]
        if word == "noon" || word == "midday" || word == "midnight" {
            guard i == 0 || words[i - 1] != "twelve" else { return nil }
            let time = ClockTime(hour: word == "midnight" ? 0 : 12)!
            return (5 + (i > 0 && cues.contains(words[i - 1]) ? 2 : 0), time)
        }
        if word == "half" || word == "quarter" { return relativeTime(words, at: i, overall: overall) }
        if i > 0, neverBefore.contains(words[i - 1]) || DateParser.monthWords[words[i - 1]] != nil
            || NumberWords.value(of: words[i - 1]) != nil {
            return nil
        }
        if let relative = relativeTime(words, at: i, overall: overall) { return relative }
        guard let (hourValue, used) = hourNumber(words, at: i) else { return nil }
        var hour = hourValue, minute = 0, hasMinutes = false
        var j = i + used
        if hourValue >= 100 {
            // Military: "fifteen hundred" (as strict as a lone hour unless "hours" follows).
            hour = hourValue / 100
            minute = hourValue % 100
        } else if let (m, mUsed) = minutes(words, at: j) {
            minute = m
            hasMinutes = true
            j += mUsed
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        var score = 1
        if hasMinutes { score += 2 }
        if hourValue >= 100, j < words.count, words[j] == "hours" { score += 2; j += 1 }
        let oclock = j < words.count && words[j] == "oclock"
        if oclock { score += 2; j += 1 }
        let local = periodAfter(words, at: j)
        if local != nil { score += 3 }
        let cued = i > 0 && cues.contains(words[i - 1])
        if cued { score += 2 }
        if j < words.count, DateParser.monthWords[words[j]] != nil || SlotWords.has(["of"], in: words, at: j) && j + 1 < words.count && DateParser.monthWords[words[j + 1]] != nil {
            return nil
        }
        if score == 1 {
            if i > 0, notBeforeLone.contains(words[i - 1]) { return nil }
            if j < words.count, !loneFollowers.contains(words[j]) { return nil }
        }
        guard let time = clock(hour: hour, minute: minute, period: local?.period ?? overall) else { return nil }
        return (score, time)
    }

    /// "half past three", "quarter to four", "ten past two", "twenty minutes to five".
    static func relativeTime(_ words: [String], at i: Int, overall: Period?) -> (score: Int, time: ClockTime)? {
        var offset: Int
        var j = i
        switch words[i] {
        case "half": offset = 30; j += 1
        case "quarter": offset = 15; j += 1
        default:
            guard let (value, used) = NumberWords.parse(words[i...], years: false), used <= 2,
                  !DateParser.isOrdinal(words[i + used - 1]) else { return nil }
            offset = value
            j += used
            let spelledOut = j < words.count && (words[j] == "minutes" || words[j] == "minute")
            if spelledOut { j += 1 }
            guard spelledOut ? (1...59).contains(value) : [5, 10, 15, 20, 25].contains(value) else { return nil }
            if i > 0, words[i - 1] == "from" || words[i - 1] == "between" { return nil }
        }
        guard j < words.count else { return nil }
        let toward = towardWords.contains(words[j])
        guard toward || pastWords.contains(words[j]), !(toward && offset == 30 && words[i] == "half") else { return nil }
        j += 1
        guard let (hour, used) = hourNumber(words, at: j), (1...12).contains(hour) else { return nil }
        j += used
        if j < words.count, words[j] == "oclock" { j += 1 }
        let local = periodAfter(words, at: j)
        guard let base = clock(hour: hour, minute: 0, period: local?.period ?? overall) else { return nil }
        let time = ClockTime(minutesSinceMidnight: base.minutesSinceMidnight + (toward ? -offset : offset))
        return (5 + (local != nil ? 3 : 0), time)
    }

    /// An hour: a cardinal 0–23 in at most two words, or a military "fifteen hundred".
    static func hourNumber(_ words: [String], at j: Int) -> (Int, Int)? {
        guard j < words.count, words[j] != "oh", words[j] != "zero",
              let (value, used) = NumberWords.parse(words[j...], years: false),
              !words[j..<(j + used)].contains(where: DateParser.isOrdinal) else { return nil }
        if value >= 100 {
            guard words[j..<(j + used)].contains("hundred"), value % 100 < 60, value / 100 <= 23 else { return nil }
            return (value, used)
        }
        return (0...23).contains(value) && used <= 2 ? (value, used) : nil
    }

    /// Minutes after an hour: "oh five", "fifteen", "forty five".
    static func minutes(_ words: [String], at j: Int) -> (Int, Int)? {
        guard j < words.count else { return nil }
        if words[j] == "oh" || words[j] == "o" {
            guard j + 1 < words.count, let digit = NumberWords.ones.firstIndex(of: words[j + 1]), (1...9).contains(digit) else { return nil }
            return (digit, 2)
        }
        guard let (value, used) = NumberWords.parse(words[j...], years: false), used <= 2, (10...59).contains(value),
              !words[j..<(j + used)].contains(where: DateParser.isOrdinal) else { return nil }
        return (value, used)
    }

    /// A part of the day right at `j`: "a m", "pm", "in the morning", "at night" …
    static func periodAfter(_ words: [String], at j: Int) -> (period: Period, used: Int)? {
        let phrases: [([String], Period)] = [
            (["a", "m"], .am), (["am"], .am), (["p", "m"], .pm), (["pm"], .pm),
            (["in", "the", "morning"], .am), (["this", "morning"], .am), (["morning"], .am),
            (["in", "the", "afternoon"], .pm), (["this", "afternoon"], .pm), (["afternoon"], .pm),
            (["in", "the", "evening"], .pm), (["this", "evening"], .pm), (["evening"], .pm),
            (["at", "night"], .pm), (["tonight"], .pm), (["noon"], .pm), (["midnight"], .am),
        ]
        for (phrase, period) in phrases where SlotWords.has(phrase, in: words, at: j) { return (period, phrase.count) }
        return nil
    }

    /// The part of the day named anywhere in the text, if only one is.
    static func periodAnywhere(in words: [String]) -> Period? {
        let am = words.contains("morning")
        let pm = words.contains { ["afternoon", "evening", "tonight", "night"].contains($0) }
        return am == pm ? nil : am ? .am : .pm
    }

    /// The clock time of an hour as spoken, with its part of the day or the business-hours rule.
    static func clock(hour: Int, minute: Int, period: Period?) -> ClockTime? {
        let h: Int
        switch (period, hour) {
        case (_, 13...23), (_, 0): h = hour
        case (.am?, 12): h = 0
        case (.am?, _): h = hour
        case (.pm?, 12): h = 12
        case (.pm?, _): h = hour + 12
        case (nil, 7...11), (nil, 12): h = hour
        case (nil, _): h = hour + 12
        }
        return ClockTime(hour: h, minute: minute)
    }
}
