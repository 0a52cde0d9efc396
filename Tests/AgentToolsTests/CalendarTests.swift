import Testing
@testable import AgentTools

@Suite("Calendar")
struct CalendarTests {
    /// Weekdays from published calendars.
    @Test("weekdays of known dates", arguments: [
        ("1970-01-01", Weekday.thursday), ("2000-01-01", .saturday), ("2000-02-29", .tuesday),
        ("1900-03-01", .thursday), ("2024-02-29", .thursday), ("2025-06-02", .monday),
        ("2025-06-03", .tuesday), ("2025-06-07", .saturday), ("1969-07-20", .sunday), ("2038-01-19", .tuesday),
    ])
    func weekdays(iso: String, weekday: Weekday) throws {
        #expect(try #require(CivilDate(iso: iso)).weekday == weekday)
    }

    @Test("ISO dates that are not real dates or not in YYYY-MM-DD form are refused", arguments: [
        "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-6-3", "20250603",
        "2025-06-03T10:00", "June 3", "", "２０２５-06-03", "2025-06-3 ",
    ])
    func invalid(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("leap days exist only in leap years", arguments: [(2024, true), (2000, true), (1900, false), (2025, false), (2400, true)])
    func leap(year: Int, leap: Bool) {
        #expect(CivilDate(year: year, month: 2, day: 29) != nil ? leap : !leap)
    }

    @Test("day numbers count consecutive days, 1899 to 2101")
    func dayNumbers() throws {
        var date = try #require(CivilDate(iso: "1899-12-31"))
        let end = try #require(CivilDate(iso: "2101-01-01"))
        var weekday = date.weekday
        while date < end {
            let next = date.adding(days: 1)
            #expect(next.dayNumber == date.dayNumber + 1)
            #expect(CivilDate(dayNumber: next.dayNumber) == next)
            let rolled = next.day == 1 ? (next.month == 1 ? (date.month, date.day) == (12, 31) : next.month == date.month + 1)
                                       : (next.month, next.year, next.day) == (date.month, date.year, date.day + 1)
            #expect(rolled)
            weekday = Weekday(rawValue: weekday.rawValue % 7 + 1)!
            #expect(next.weekday == weekday)
            date = next
        }
        #expect(try #require(CivilDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CivilDate(iso: "2024-01-01")).adding(days: 366).iso == "2025-01-01")
    }

    @Test("next weekday is strictly after the date")
    func next() throws {
        let monday = try #require(CivilDate(iso: "2025-06-02"))
        #expect(monday.next(.tuesday).iso == "2025-06-03")
        #expect(monday.next(.monday).iso == "2025-06-09")
        #expect(monday.next(.sunday).iso == "2025-06-08")
        #expect(monday.days(until: monday.next(.friday)) == 4)
    }

    @Test("weekday names", arguments: [("tue", Weekday.tuesday), ("Tuesday", .tuesday), ("THURS", .thursday), ("sunday", .sunday)])
    func weekdayNames(text: String, weekday: Weekday) {
        #expect(Weekday(name: text) == weekday)
    }

    @Test("clock times are read in the forms callers and models write", arguments: [
        ("3:00 PM", 900), ("3:00PM", 900), ("3 pm", 900), ("3:00 p.m.", 900), ("12:00 PM", 720), ("12:30 AM", 30),
        ("9:30 am", 570), ("15:00", 900), ("09:30", 570), ("0:00", 0),
    ])
    func parseTimes(text: String, minutes: Int) {
        #expect(ClockTime(parsing: text)?.minutes == minutes)
    }

    @Test("malformed times are refused", arguments: ["3:0 PM", "13:00 PM", "0:30 AM", "25:00", "3:60", "noon", "3", "", "three pm", "3:00 XM"])
    func badTimes(text: String) {
        #expect(ClockTime(parsing: text) == nil)
    }

    @Test("clock times are written as 3:00 PM", arguments: [(900, "3:00 PM"), (0, "12:00 AM"), (720, "12:00 PM"), (545, "9:05 AM"), (1439, "11:59 PM")])
    func spoken(minutes: Int, text: String) throws {
        let time = try #require(ClockTime(minutes: minutes))
        #expect(time.spoken == text)
        #expect(ClockTime(parsing: text) == time)
    }
}
