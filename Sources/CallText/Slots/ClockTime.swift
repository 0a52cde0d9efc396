/// A time of day to the minute, with no date or time zone. Its tool-argument form is
/// `display` ("3:00 PM"), which is also how it encodes.
///
/// Spoken forms, as the agent says them:
/// - `spoken`: the 12-hour clock in words — "three o'clock" on the hour, "nine oh five"
///   for minutes 1–9, "three thirty" otherwise; 12:00 is "noon" and 0:00 "midnight".
/// - `spokenWithPeriod`: `spoken` plus "in the morning" (0:00–11:59), "in the afternoon"
///   (12:00–17:59) or "in the evening" (18:00–23:59); noon and midnight stand alone.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// The time, or nil outside 0:00–23:59.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time `minutes` minutes after midnight, wrapped into one day.
    public init(minutesSinceMidnight minutes: Int) {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        hour = wrapped / 60
        minute = wrapped % 60
    }

    /// Parses a written time: "3:00 PM", "3 PM", "3:30pm", "3:30 p.m.", "15:00", "9:05".
    /// Without AM/PM the hour is read on the 24-hour clock and the minutes are required.
    public init?(display: String) {
        var text = display.lowercased().filter { !$0.isWhitespace && $0 != "." }
        var period: Character?
        if text.hasSuffix("am") || text.hasSuffix("pm") {
            period = text.dropLast().last
            text.removeLast(2)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]) else { return nil }
        let m = parts.count == 2 ? Int(parts[1]) ?? -1 : 0
        guard parts.count == 1 || parts[1].count == 2 else { return nil }
        switch period {
        case "a"?:
            guard (1...12).contains(h) else { return nil }
            self.init(hour: h % 12, minute: m)
        case "p"?:
            guard (1...12).contains(h) else { return nil }
            self.init(hour: h % 12 + 12, minute: m)
        default:
            guard parts.count == 2 else { return nil }
            self.init(hour: h, minute: m)
        }
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// The hour on a 12-hour clock, 1–12.
    public var hour12: Int { hour % 12 == 0 ? 12 : hour % 12 }

    /// Whether the time is before noon.
    public var isMorning: Bool { hour < 12 }

    /// "3:00 PM", "12:30 AM", "9:05 AM".
    public var display: String {
        "\(hour12):\(minute < 10 ? "0" : "")\(minute) \(isMorning ? "AM" : "PM")"
    }

    /// "three o'clock", "three thirty", "nine oh five", "noon", "midnight".
    public var spoken: String {
        if minute == 0 && hour == 12 { return "noon" }
        if minute == 0 && hour == 0 { return "midnight" }
        var words = NumberWords.cardinal(hour12)
        switch minute {
        case 0: words.append("o'clock")
        case 1...9: words += ["oh"] + NumberWords.cardinal(minute)
        default: words += NumberWords.cardinal(minute)
        }
        return words.joined(separator: " ")
    }

    /// `spoken` with the part of the day: "three o'clock in the afternoon".
    public var spokenWithPeriod: String {
        if minute == 0 && (hour == 12 || hour == 0) { return spoken }
        let period = hour < 12 ? "in the morning" : hour < 18 ? "in the afternoon" : "in the evening"
        return "\(spoken) \(period)"
    }

    /// The display form.
    public var description: String { display }

    /// Earlier in the day first.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesSinceMidnight < rhs.minutesSinceMidnight }
}
