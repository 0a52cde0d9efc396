import Foundation
import Testing
@testable import CallText

@Suite("Calendar date")
struct CalendarDateTests {
    /// Sakamoto's weekday method (0 = Sunday), an independent check of the civil-date arithmetic.
    static func sakamotoWeekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = m < 3 ? y - 1 : y
        return (year + year / 4 - year / 100 + year / 400 + t[m - 1] + d) % 7
    }

    @Test("weekdays of well-known dates", arguments: [
        ("1970-01-01", 4, "Thursday"), ("2000-01-01", 6, "Saturday"), ("2025-06-02", 1, "Monday"),
        ("2024-02-29", 4, "Thursday"), ("1969-07-20", 7, "Sunday"), ("2001-09-11", 2, "Tuesday"),
    ])
    func knownWeekdays(iso: String, weekday: Int, name: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(date.weekdayName == name)
    }

    @Test("walking day by day agrees with a naive calendar and with Sakamoto's weekdays")
    func dayByDay() throws {
        var naive = (year: 1899, month: 12, day: 25)
        var date = try #require(CalendarDate(year: 1899, month: 12, day: 25))
        let start = date.daysSinceEpoch
        for step in 0..<(366 * 205) {
            #expect((date.year, date.month, date.day) == naive)
            #expect(date.daysSinceEpoch == start + step)
            #expect(date.weekday % 7 == Self.sakamotoWeekday(naive.year, naive.month, naive.day))
            #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
            naive.day += 1
            if naive.day > CalendarDate.daysIn(month: naive.month, year: naive.year) {
                naive.day = 1
                naive.month += 1
                if naive.month > 12 { naive.month = 1; naive.year += 1 }
            }
            date = date.adding(days: 1)
            if (date.year, date.month, date.day) != naive { break }
        }
    }

    @Test("the epoch and leap rules")
    func epochAndLeapYears() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(CalendarDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        #expect(CalendarDate.isLeapYear(2000) && CalendarDate.isLeapYear(2024))
        #expect(!CalendarDate.isLeapYear(1900) && !CalendarDate.isLeapYear(2025))
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 6, day: 0) == nil)
    }

    @Test("ISO text", arguments: [
        ("2025-06-03", "2025-06-03"), ("1985-03-15", "1985-03-15"), ("2024-02-29", "2024-02-29"),
        ("2025-02-29", nil), ("2025-6-3", nil), ("20250603", nil), ("2025-13-01", nil), ("June 3", nil), ("", nil),
        ("2025-06-03x", nil), ("-025-06-03", nil),
    ] as [(String, String?)])
    func iso(text: String, expected: String?) {
        #expect(CalendarDate(iso: text)?.iso == expected)
    }

    @Test("spoken forms")
    func spoken() throws {
        let date = try #require(CalendarDate(iso: "2025-06-03"))
        #expect(date.spoken == "Tuesday, June third")
        #expect(date.monthName == "June")
        let birth = try #require(CalendarDate(iso: "1985-03-15"))
        #expect(birth.spokenWithYear == "March fifteenth, nineteen eighty five")
        #expect(CalendarDate(iso: "2025-12-21")?.spoken == "Sunday, December twenty first")
    }

    @Test("order, day differences and JSON")
    func orderAndCoding() throws {
        let a = try #require(CalendarDate(iso: "2025-06-02")), b = try #require(CalendarDate(iso: "2026-01-01"))
        #expect(a < b)
        #expect(a.days(until: b) == 213)
        #expect(a.adding(days: 213) == b && b.adding(days: -213) == a)
        let json = try JSONEncoder().encode([a])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2025-06-02\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [a])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2025-02-30\"]".utf8)) }
    }
}

@Suite("Clock time")
struct ClockTimeTests {
    @Test("display forms", arguments: [
        (15, 0, "3:00 PM"), (0, 0, "12:00 AM"), (12, 30, "12:30 PM"), (9, 5, "9:05 AM"), (23, 59, "11:59 PM"),
    ])
    func display(hour: Int, minute: Int, text: String) {
        #expect(ClockTime(hour: hour, minute: minute)?.display == text)
    }

    @Test("written times read back", arguments: [
        ("3:00 PM", 15, 0), ("3 PM", 15, 0), ("15:00", 15, 0), ("3:30pm", 15, 30), ("12:00 AM", 0, 0),
        ("12 pm", 12, 0), ("9:05 a.m.", 9, 5), ("11:45 P.M.", 23, 45), ("0:15", 0, 15),
    ])
    func written(text: String, hour: Int, minute: Int) {
        #expect(ClockTime(display: text) == ClockTime(hour: hour, minute: minute))
    }

    @Test("malformed written times are refused", arguments: ["13:00 PM", "3", "25:00", "3:5 PM", "3:60", "", "noon", "0 AM", "3:00 XM"])
    func malformed(text: String) {
        #expect(ClockTime(display: text) == nil)
    }

    @Test("every minute survives display → parse")
    func roundTrip() throws {
        for minutes in 0..<1440 {
            let time = ClockTime(minutesSinceMidnight: minutes)
            #expect(ClockTime(display: time.display) == time)
            #expect(time.minutesSinceMidnight == minutes)
        }
        #expect(ClockTime(minutesSinceMidnight: -15) == ClockTime(hour: 23, minute: 45))
    }

    @Test("spoken forms", arguments: [
        (15, 0, "three o'clock", "three o'clock in the afternoon"), (15, 30, "three thirty", "three thirty in the afternoon"),
        (9, 5, "nine oh five", "nine oh five in the morning"), (12, 0, "noon", "noon"), (0, 0, "midnight", "midnight"),
        (19, 15, "seven fifteen", "seven fifteen in the evening"), (0, 30, "twelve thirty", "twelve thirty in the morning"),
    ])
    func spoken(hour: Int, minute: Int, spoken: String, withPeriod: String) throws {
        let time = try #require(ClockTime(hour: hour, minute: minute))
        #expect(time.spoken == spoken)
        #expect(time.spokenWithPeriod == withPeriod)
    }

    @Test("JSON uses the display form")
    func coding() throws {
        let time = try #require(ClockTime(hour: 15, minute: 0))
        let json = try JSONEncoder().encode([time])
        #expect(String(decoding: json, as: UTF8.self) == "[\"3:00 PM\"]")
        #expect(try JSONDecoder().decode([ClockTime].self, from: json) == [time])
    }
}
