import Testing
@testable import CallText

@Suite("Time parser")
struct TimeParserTests {
    /// Recognizer output and the time a receptionist would write down (business hours:
    /// a bare 7–11 is morning, 12 noon, 1–6 afternoon).
    @Test("times a caller says", arguments: [
        ("three", "3:00 PM"), ("three pm", "3:00 PM"), ("three p m", "3:00 PM"), ("3 pm", "3:00 PM"), ("3pm", "3:00 PM"),
        ("three o'clock", "3:00 PM"), ("three o clock", "3:00 PM"), ("three thirty", "3:30 PM"),
        ("half past three", "3:30 PM"), ("quarter to four", "3:45 PM"), ("quarter past nine", "9:15 AM"),
        ("a quarter past ten", "10:15 AM"), ("nine in the morning", "9:00 AM"), ("three in the afternoon", "3:00 PM"),
        ("three in the after noon", "3:00 PM"), ("noon", "12:00 PM"), ("midday", "12:00 PM"), ("twelve noon", "12:00 PM"),
        ("midnight", "12:00 AM"), ("10:30", "10:30 AM"), ("ten thirty a m", "10:30 AM"), ("15:00", "3:00 PM"),
        ("fifteen hundred", "3:00 PM"), ("eleven", "11:00 AM"), ("seven", "7:00 AM"), ("six", "6:00 PM"),
        ("twelve fifteen", "12:15 PM"), ("nine oh five", "9:05 AM"), ("ten forty five", "10:45 AM"),
        ("quarter to twelve", "11:45 AM"), ("twenty past two", "2:20 PM"), ("ten after three", "3:10 PM"),
        ("seven in the evening", "7:00 PM"), ("eight thirty at night", "8:30 PM"), ("seven a m", "7:00 AM"),
        ("um can i come in at nine thirty", "9:30 AM"), ("tuesday at three in the after noon", "3:00 PM"),
        ("how about tomorrow afternoon at four", "4:00 PM"), ("tomorrow morning around eleven thirty", "11:30 AM"),
        ("at two no sorry at three", "3:00 PM"), ("ten a m on june third", "10:00 AM"), ("june third at three", "3:00 PM"),
        ("the third at four thirty", "4:30 PM"), ("three works for me", "3:00 PM"), ("uh four please", "4:00 PM"),
        ("is one thirty okay", "1:30 PM"), ("at 9:05 AM", "9:05 AM"),
    ])
    func hits(text: String, expected: String) {
        #expect(TimeParser.parse(text)?.display == expected, "\(text)")
    }

    @Test("no time in these", arguments: [
        "i have two questions", "yes please", "the earlier one", "appointment a one zero four two", "june third",
        "my date of birth is march fifteenth nineteen eighty five", "i need to see doctor patel", "hello", "",
        "two people", "room three", "that one", "next tuesday", "in three days", "i want at least two hours",
    ])
    func refusals(text: String) {
        #expect(TimeParser.parse(text) == nil, "\(text)")
    }

    @Test("every spoken and written time reads back")
    func roundTrip() {
        for minutes in stride(from: 0, to: 1440, by: 5) {
            let time = ClockTime(minutesSinceMidnight: minutes)
            #expect(TimeParser.parse(time.spokenWithPeriod) == time, "\(time.spokenWithPeriod)")
            #expect(TimeParser.parse(time.display) == time, "\(time.display)")
        }
    }
}
