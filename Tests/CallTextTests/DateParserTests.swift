import Testing
@testable import CallText

@Suite("Date parser")
struct DateParserTests {
    /// Monday, June 2nd, 2025.
    static let today = CalendarDate(year: 2025, month: 6, day: 2)!

    @Test("appointment dates, said on Monday 2025-06-02", arguments: [
        ("today", "2025-06-02"), ("tomorrow", "2025-06-03"), ("to morrow", "2025-06-03"),
        ("the day after tomorrow", "2025-06-04"), ("tuesday", "2025-06-03"), ("this friday", "2025-06-06"),
        ("on friday please", "2025-06-06"), ("monday", "2025-06-09"), ("sunday", "2025-06-08"),
        ("next tuesday", "2025-06-10"), ("tuesday next week", "2025-06-10"), ("next monday", "2025-06-09"),
        ("next sunday", "2025-06-15"), ("next week on wednesday", "2025-06-11"), ("tuesday after next", "2025-06-17"),
        ("wednesday this week", "2025-06-04"), ("june third", "2025-06-03"), ("june the third", "2025-06-03"),
        ("the third of june", "2025-06-03"), ("june 3rd", "2025-06-03"), ("6/3", "2025-06-03"), ("2025-06-03", "2025-06-03"),
        ("the fifteenth", "2025-06-15"), ("on the first", "2025-07-01"), ("the second", "2025-06-02"),
        ("may fifth", "2026-05-05"), ("june first", "2026-06-01"), ("december twenty fifth", "2025-12-25"),
        ("february twenty ninth", "2028-02-29"), ("july fourth twenty twenty six", "2026-07-04"),
        ("um can i come in on june tenth at three", "2025-06-10"), ("in two weeks", "2025-06-16"),
        ("in three days", "2025-06-05"), ("in a week", "2025-06-09"), ("monday no sorry tuesday", "2025-06-03"),
        ("tuesday june tenth", "2025-06-10"), ("tuesday at three in the after noon", "2025-06-03"),
        ("i'd like to come in tomorrow afternoon", "2025-06-03"), ("this afternoon if possible", "2025-06-02"),
        ("the thirtieth at nine", "2025-06-30"), ("the thirty first", "2025-07-31"),
        ("a week from today", "2025-06-09"), ("two weeks from tuesday", "2025-06-17"),
        ("the tenth of next month", "2025-07-10"), ("twelve july", "2025-07-12"), ("jun third", "2025-06-03"),
        ("at three june fifth", "2025-06-05"),
    ])
    func appointments(text: String, expected: String) {
        #expect(DateParser.parse(text, today: Self.today, purpose: .upcoming)?.iso == expected, "\(text)")
    }

    @Test("no appointment date in these", arguments: [
        "june first twenty twenty five", "february thirtieth", "next week", "yesterday", "i don't know",
        "at three thirty", "the first available", "may i book an appointment", "june thirty first", "wait a second",
        "1/5/2024", "", "at three may i ask", "next month",
    ])
    func appointmentRefusals(text: String) {
        #expect(DateParser.parse(text, today: Self.today, purpose: .upcoming) == nil, "\(text)")
    }

    @Test("birth dates", arguments: [
        ("march fifteenth nineteen eighty five", "1985-03-15"), ("3/15/1985", "1985-03-15"),
        ("fifteenth of march eighty five", "1985-03-15"), ("3/15/85", "1985-03-15"),
        ("my date of birth is july twenty second nineteen ninety", "1990-07-22"),
        ("november eighth nineteen seventy eight", "1978-11-08"), ("1990-07-22", "1990-07-22"),
        ("march fourth nineteen eighty", "1980-03-04"), ("january first two thousand five", "2005-01-01"),
        ("the fifth of may oh five", "2005-05-05"), ("february twenty ninth two thousand", "2000-02-29"),
        ("uh it's october the twelfth nineteen sixty", "1960-10-12"), ("born on 1985-03-15", "1985-03-15"),
        ("fifteen march nineteen eighty five", "1985-03-15"), ("march the fifteenth of nineteen eighty five", "1985-03-15"),
        ("15/03/1985", "1985-03-15"), ("march fifteenth two thousand and five", "2005-03-15"),
    ])
    func birthDates(text: String, expected: String) {
        #expect(DateParser.parse(text, today: Self.today, purpose: .birthDate)?.iso == expected, "\(text)")
    }

    @Test("no birth date in these", arguments: [
        "march fifteenth", "tomorrow", "tuesday", "march fifteenth twenty thirty", "february twenty ninth nineteen eighty five",
        "june fifth twenty twenty five", "the fifteenth", "i'm not sure", "nineteen eighty five",
    ])
    func birthRefusals(text: String) {
        #expect(DateParser.parse(text, today: Self.today, purpose: .birthDate) == nil, "\(text)")
    }

    @Test("a year of dates said the agent's way reads back as the same dates")
    func spokenRoundTrip() {
        for ahead in 0..<366 {
            let date = Self.today.adding(days: ahead)
            // A year from today, "Tuesday, June second" is June second again: today.
            let expected = ahead < 365 ? date : Self.today
            #expect(DateParser.parse(date.spoken, today: Self.today) == expected, "\(date.spoken)")
            #expect(DateParser.parse(date.iso, today: Self.today) == date)
        }
        for days in stride(from: -27_000, to: Self.today.daysSinceEpoch, by: 97) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(DateParser.parse(date.spokenWithYear, today: Self.today, purpose: .birthDate) == date, "\(date.spokenWithYear)")
        }
    }

    @Test("weekday words always land on that weekday, 1 to 14 days ahead")
    func weekdays() {
        for offset in 0..<7 {
            let today = Self.today.adding(days: offset)
            for (i, name) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
                let plain = DateParser.parse(name, today: today)
                let next = DateParser.parse("next " + name, today: today)
                #expect(plain?.weekday == i + 1 && next?.weekday == i + 1)
                #expect((1...7).contains(today.days(until: plain ?? today)))
                #expect((1...13).contains(today.days(until: next ?? today)))
                // "next" is always in the following Monday–Sunday week.
                let nextMonday = today.adding(days: 8 - today.weekday)
                #expect((0...6).contains(nextMonday.days(until: next ?? today)))
            }
        }
    }
}
