/// Reads the date a caller means from recognizer text, relative to `today`.
///
/// Forms understood (amid any filler words):
/// - relative days: "today", "tonight", "this afternoon" (today), "tomorrow", "the day
///   after tomorrow", "in three days", "in two weeks", "in a week", "a week from today",
///   "two weeks from tuesday";
/// - weekdays: "tuesday", "this tuesday", "on tuesday", "coming tuesday" — the first such
///   day after today (1–7 days ahead, so "monday" said on a Monday is a week later);
///   "next tuesday", "next week tuesday", "next week on tuesday", "tuesday next week",
///   "tuesday of next week" — that weekday in the
///   following calendar week (weeks run Monday–Sunday; said on Monday 2025-06-02, "next
///   tuesday" is 2025-06-10 and "next monday" 2025-06-09); "tuesday after next" — a week
///   after that; "tuesday this week" — that day of the current week (refused if past);
/// - month and day: "june third", "june the third", "june three", "the third of june",
///   "third of june", "fifteen of march", "twelve july" (a plain number before a month is
///   not a day when the month has its own day after it, follows "at", or is "may"); month
///   names may be abbreviated ("jun", "sept"); each optionally followed by a year, also
///   after "of" or "in" ("nineteen eighty five", "twenty twenty five", "two thousand and
///   five", "1985"; for birth dates also two digits, "eighty five", "oh five");
/// - a day of the month alone, after "the" or "on" ("the fifteenth", "on the first"): the
///   next date on or after today with that day; "the tenth of next month", "the tenth of
///   this month";
/// - written dates: "2025-06-03", "6/3", "6/3/2025", "3/15/1985", "3/15/85" (month first,
///   unless the first number cannot be a month: "15/03/1985").
///
/// Purposes:
/// - `.upcoming`: the result is never before today (a booking, a delivery). A month and day without a year is
///   the next such date on or after today (next year once this year's has passed); an
///   explicit year in the past is refused. Two-digit years are not read (they are more
///   likely a time: "june third three thirty").
/// - `.birthDate`: a year is required and the date must not be after today nor more than
///   130 years ago; a two-digit year is in this century if that is not in the future,
///   else in the last one. Relative days, weekdays and a bare day of the month are refused.
///
/// When the text names several dates, the last one that resolves wins ("monday, no,
/// tuesday" is Tuesday); a written numeric date takes precedence over words.
public enum DateParser {
    /// What the date is for, which decides how incomplete dates are completed.
    public enum Purpose: Sendable, Equatable {
        /// A date still to come: today or later (a booking, a delivery).
        case upcoming
        /// A date of birth: a full date, today or earlier.
        case birthDate
    }

    /// The date in `text`, or nil if there is none that fits `purpose`.
    public static func parse(_ text: String, today: CalendarDate, purpose: Purpose = .upcoming) -> CalendarDate? {
        for mention in writtenDates(in: text, today: today, purpose: purpose).reversed() {
            if let date = resolve(mention, today: today, purpose: purpose) { return date }
        }
        let words = SlotWords.words(text)
        var found: CalendarDate?
        var index = 0
        while index < words.count {
            if let (mention, length) = mention(in: words, at: index, today: today, purpose: purpose) {
                if let date = resolve(mention, today: today, purpose: purpose) { found = date }
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// A date as said, before it is completed against today.
    enum Mention: Equatable {
        case full(year: Int, month: Int, day: Int)
        case monthDay(month: Int, day: Int)
        case dayOfMonth(Int)
        case daysFromToday(Int)
    }

    static func resolve(_ mention: Mention, today: CalendarDate, purpose: Purpose) -> CalendarDate? {
        switch (mention, purpose) {
        case (.full(let y, let m, let d), .upcoming):
            return CalendarDate(year: y, month: m, day: d).flatMap { $0 >= today ? $0 : nil }
        case (.full(let y, let m, let d), .birthDate):
            return CalendarDate(year: y, month: m, day: d).flatMap { $0 <= today && y >= today.year - 130 ? $0 : nil }
        case (.monthDay(let m, let d), .upcoming):
            // February 29th waits for the next leap year.
            for year in today.year...(today.year + 8) {
                if let date = CalendarDate(year: year, month: m, day: d), date >= today { return date }
            }
            return nil
        case (.dayOfMonth(let d), .upcoming):
            for ahead in 0...12 {
                let monthIndex = today.month - 1 + ahead
                if let date = CalendarDate(year: today.year + monthIndex / 12, month: monthIndex % 12 + 1, day: d), date >= today {
                    return date
                }
            }
            return nil
        case (.daysFromToday(let n), .upcoming):
            return n >= 0 ? today.adding(days: n) : nil
        case (.monthDay, .birthDate), (.dayOfMonth, .birthDate), (.daysFromToday, .birthDate):
            return nil
        }
    }

    // MARK: Words

    static let weekdays = Stopwords.weekdays
    static let monthWords: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, name) in TextNormalizer.months.enumerated() { table[name] = i + 1 }
        for (i, short) in ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].enumerated() {
            table[short] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Words that may follow a bare day of the month ("the fifteenth at three").
    static let dayFollowers: Set<String> = [
        "at", "in", "please", "then", "is", "would", "works", "work", "if", "or", "and", "for", "okay", "sounds",
        "that", "around", "about", "maybe", "instead", "morning", "afternoon", "evening", "fine", "i", "this", "next",
    ]

    static func mention(in words: [String], at i: Int, today: CalendarDate, purpose: Purpose) -> (Mention, Int)? {
        let word = words[i]
        if SlotWords.has(["day", "after", "tomorrow"], in: words, at: i) { return (.daysFromToday(2), 3) }
        switch word {
        case "today", "tonight": return (.daysFromToday(0), 1)
        case "tomorrow": return (.daysFromToday(1), 1)
        default: break
        }
        if word == "this", i + 1 < words.count, ["morning", "afternoon", "evening"].contains(words[i + 1]) {
            return (.daysFromToday(0), 2)
        }
        if word == "in", let (count, used) = quantity(words, at: i + 1), i + 1 + used < words.count {
            switch words[i + 1 + used] {
            case "day", "days": return (.daysFromToday(count), used + 2)
            case "week", "weeks": return (.daysFromToday(7 * count), used + 2)
            default: break
            }
        }
        if let (count, used) = quantity(words, at: i), i + used + 1 < words.count, words[i + used + 1] == "from",
           let (base, anchorWords) = anchor(words, at: i + used + 2, today: today) {
            switch words[i + used] {
            case "day", "days": return (.daysFromToday(base + count), used + 2 + anchorWords)
            case "week", "weeks": return (.daysFromToday(base + 7 * count), used + 2 + anchorWords)
            default: break
            }
        }
        if word == "next" {
            if i + 1 < words.count, let w = weekdays.firstIndex(of: words[i + 1]) {
                return (.daysFromToday(nextWeek(w + 1, today: today)), 2)
            }
            if SlotWords.has(["week"], in: words, at: i + 1) {
                let on = SlotWords.has(["on"], in: words, at: i + 2) ? 1 : 0
                if i + 2 + on < words.count, let w = weekdays.firstIndex(of: words[i + 2 + on]) {
                    return (.daysFromToday(nextWeek(w + 1, today: today)), 3 + on)
                }
            }
        }
        if let w = weekdays.firstIndex(of: word) {
            let weekday = w + 1
            if SlotWords.has(["next", "week"], in: words, at: i + 1) { return (.daysFromToday(nextWeek(weekday, today: today)), 3) }
            if SlotWords.has(["of", "next", "week"], in: words, at: i + 1) { return (.daysFromToday(nextWeek(weekday, today: today)), 4) }
            if SlotWords.has(["after", "next"], in: words, at: i + 1) { return (.daysFromToday(nextWeek(weekday, today: today) + 7), 3) }
            if SlotWords.has(["this", "week"], in: words, at: i + 1) { return (.daysFromToday(weekday - today.weekday), 3) }
            return (.daysFromToday(comingWeekday(weekday, today: today)), 1)
        }
        if let month = monthWords[word] {
            var j = i + 1
            if j < words.count, words[j] == "the" { j += 1 }
            guard let (day, used) = dayNumber(words, at: j) else { return nil }
            j += used
            if let (year, yearWords) = yearAfterDate(words, at: j, today: today, purpose: purpose) {
                return (.full(year: year, month: month, day: day), j + yearWords - i)
            }
            return (.monthDay(month: month, day: day), j - i)
        }
        if let (day, used) = dayNumber(words, at: i) {
            var j = i + used
            let spokenAsOrdinal = isOrdinal(words[j - 1])
            let of = j < words.count && words[j] == "of"
            if of { j += 1 }
            if j < words.count, let month = monthWords[words[j]] {
                j += 1
                let year = yearAfterDate(words, at: j, today: today, purpose: purpose)
                // A plain number before a month ("twelve july") is a day unless the month has
                // its own day after it ("at three june fifth") or is the verb "may".
                let plain = !spokenAsOrdinal && !of
                let monthHasDay = dayNumber(words, at: j + (SlotWords.has(["the"], in: words, at: j) ? 1 : 0)) != nil
                let cuedAsTime = i > 0 && TimeParser.cues.contains(words[i - 1])
                if !plain || year != nil || !(monthHasDay || words[j - 1] == "may" || cuedAsTime) {
                    if let (year, yearWords) = year { return (.full(year: year, month: month, day: day), j + yearWords - i) }
                    return (.monthDay(month: month, day: day), j - i)
                }
            }
            if spokenAsOrdinal, SlotWords.has(["of", "next", "month"], in: words, at: i + used) {
                let next = today.month % 12 + 1
                return (.full(year: today.year + (next == 1 ? 1 : 0), month: next, day: day), used + 3)
            }
            if spokenAsOrdinal, SlotWords.has(["of", "this", "month"], in: words, at: i + used) {
                return (.full(year: today.year, month: today.month, day: day), used + 3)
            }
            if spokenAsOrdinal, i > 0, words[i - 1] == "the" || words[i - 1] == "on",
               i + used == words.count || dayFollowers.contains(words[i + used]) {
                return (.dayOfMonth(day), used)
            }
        }
        return nil
    }

    /// Days from today to the first `weekday` (1 = Monday) after today: 1…7.
    static func comingWeekday(_ weekday: Int, today: CalendarDate) -> Int {
        let ahead = (weekday - today.weekday + 7) % 7
        return ahead == 0 ? 7 : ahead
    }

    /// The day "a week from …" counts from: "today", "now", "tomorrow" or a weekday.
    static func anchor(_ words: [String], at j: Int, today: CalendarDate) -> (Int, Int)? {
        guard j < words.count else { return nil }
        switch words[j] {
        case "today", "now": return (0, 1)
        case "tomorrow": return (1, 1)
        default:
            guard let w = weekdays.firstIndex(of: words[j]) else { return nil }
            return (comingWeekday(w + 1, today: today), 1)
        }
    }

    /// A year right after a date, or after "of" or "in" there ("march fifteenth of nineteen eighty five").
    static func yearAfterDate(_ words: [String], at j: Int, today: CalendarDate, purpose: Purpose) -> (Int, Int)? {
        if let found = year(words, at: j, today: today, purpose: purpose) { return found }
        guard j < words.count, words[j] == "of" || words[j] == "in",
              let (value, used) = year(words, at: j + 1, today: today, purpose: purpose) else { return nil }
        return (value, used + 1)
    }

    /// Days from today to `weekday` (1 = Monday) of next calendar week.
    static func nextWeek(_ weekday: Int, today: CalendarDate) -> Int {
        (8 - today.weekday) + (weekday - 1)
    }

    static func isOrdinal(_ word: String) -> Bool {
        NumberWords.ordinalOnes.contains(word) || NumberWords.ordinalTens.contains(word)
    }

    /// A day of the month, 1–31, in at most two words ("third", "twenty first", "fifteen").
    static func dayNumber(_ words: [String], at j: Int) -> (Int, Int)? {
        guard j < words.count, let (value, used) = NumberWords.parse(words[j...], years: false),
              used <= 2, (1...31).contains(value) else { return nil }
        return (value, used)
    }

    /// "a", "one", "two", "twenty one" … as a small count.
    static func quantity(_ words: [String], at j: Int) -> (Int, Int)? {
        guard j < words.count else { return nil }
        if words[j] == "a" { return (1, 1) }
        guard let (value, used) = NumberWords.parse(words[j...], years: false), !isOrdinal(words[j + used - 1]),
              (1...365).contains(value) else { return nil }
        return (value, used)
    }

    /// A year at `j` that is plausible for `purpose`, with the words it used.
    static func year(_ words: [String], at j: Int, today: CalendarDate, purpose: Purpose) -> (Int, Int)? {
        guard j < words.count else { return nil }
        if purpose == .birthDate, words[j] == "oh" || words[j] == "o", j + 1 < words.count,
           let digit = NumberWords.ones.firstIndex(of: words[j + 1]), digit < 10 {
            return (twoDigitBirthYear(digit, today: today), 2)
        }
        guard let (value, used) = NumberWords.parse(words[j...], years: true), !isOrdinal(words[j + used - 1]) else { return nil }
        switch purpose {
        case .upcoming:
            return (today.year - 1...today.year + 10).contains(value) ? (value, used) : nil
        case .birthDate:
            if (today.year - 130...today.year).contains(value) { return (value, used) }
            if (10...99).contains(value), used <= 2 { return (twoDigitBirthYear(value, today: today), used) }
            return nil
        }
    }

    static func twoDigitBirthYear(_ value: Int, today: CalendarDate) -> Int {
        let thisCentury = today.year / 100 * 100 + value
        return thisCentury <= today.year ? thisCentury : thisCentury - 100
    }

    // MARK: Written dates

    /// ISO and month/day[/year] dates written with digits, in order.
    static func writtenDates(in text: String, today: CalendarDate, purpose: Purpose) -> [Mention] {
        var mentions: [Mention] = []
        for token in text.split(whereSeparator: \.isWhitespace) {
            let trimmed = trimming(token, ".,;:!?()[]\"'")
            if let date = CalendarDate(iso: trimmed) {
                mentions.append(.full(year: date.year, month: date.month, day: date.day))
                continue
            }
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                  parts[0].count <= 2, parts[1].count <= 2, var month = Int(parts[0]), var day = Int(parts[1]) else { continue }
            // Day first when it cannot be month first: "15/03/1985".
            if month > 12, day <= 12 { swap(&month, &day) }
            if parts.count == 2 {
                mentions.append(.monthDay(month: month, day: day))
            } else if let y = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 {
                let year = parts[2].count == 4 ? y : purpose == .birthDate ? twoDigitBirthYear(y, today: today) : 2000 + y
                mentions.append(.full(year: year, month: month, day: day))
            }
        }
        return mentions
    }

    static func trimming(_ token: Substring, _ characters: String) -> String {
        var text = token
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return String(text)
    }
}
