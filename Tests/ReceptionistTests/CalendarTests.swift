import CallText
import Testing
import AgentTools
@testable import Receptionist

/// The calendar types are CallText's (tested there); these are the forms the hospital
/// backend relies on for its tool arguments.
@Suite("Calendar as the backend uses it")
struct CalendarTests {
    @Test("weekdays of known dates", arguments: [
        ("1970-01-01", Weekday.thursday), ("2000-01-01", .saturday), ("2000-02-29", .tuesday),
        ("1900-03-01", .thursday), ("2024-02-29", .thursday), ("2025-06-02", .monday),
        ("2025-06-03", .tuesday), ("2025-06-07", .saturday), ("1969-07-20", .sunday), ("2038-01-19", .tuesday),
    ])
    func weekdays(iso: String, weekday: Weekday) throws {
        #expect(try #require(CalendarDate(iso: iso)).dayOfWeek == weekday)
    }

    @Test("tool dates that are not real dates or not in YYYY-MM-DD form are refused", arguments: [
        "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-6-3", "20250603",
        "2025-06-03T10:00", "June 3", "", "２０２５-06-03", "2025-06-3 ",
    ])
    func invalid(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("weekday names", arguments: [("tue", Weekday.tuesday), ("Tuesday", .tuesday), ("THURS", .thursday), ("sunday", .sunday)])
    func weekdayNames(text: String, weekday: Weekday) {
        #expect(Weekday(name: text) == weekday)
    }

    @Test("tool times are read in the forms callers and models write", arguments: [
        ("3:00 PM", 900), ("3:00PM", 900), ("3 pm", 900), ("3:00 p.m.", 900), ("12:00 PM", 720), ("12:30 AM", 30),
        ("9:30 am", 570), ("15:00", 900), ("09:30", 570), ("0:00", 0),
    ])
    func parseTimes(text: String, minutes: Int) {
        #expect(ClockTime(display: text)?.minutesSinceMidnight == minutes)
    }

    @Test("malformed tool times are refused", arguments: ["3:0 PM", "13:00 PM", "0:30 AM", "25:00", "3:60", "noon", "3", "", "three pm", "3:00 XM"])
    func badTimes(text: String) {
        #expect(ClockTime(display: text) == nil)
    }
}
