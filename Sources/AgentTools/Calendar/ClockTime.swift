/// A time of day to the minute, written the way the tools speak it ("3:00 PM").
struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0…1439.
    let minutes: Int

    /// The time `minutes` after midnight, when that is within one day.
    init?(minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// The time `hour:minute` on a 24-hour clock.
    init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Reads "3:00 PM", "3:00PM", "3 pm", "3:00 p.m.", "12:30 AM", or a 24-hour "15:00" /
    /// "09:30" (no AM/PM means a 24-hour clock).
    init?(parsing text: String) {
        var rest = text.lowercased().filter { !$0.isWhitespace && $0 != "." }
        var meridiem: Character?
        if rest.hasSuffix("am") || rest.hasSuffix("pm") {
            meridiem = rest.first { $0 == "a" || $0 == "p" }
            rest.removeLast(2)
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              var hour = Int(parts[0]) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1])! : 0
        if parts.count == 2, parts[1].count != 2 { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        } else if parts.count == 1 {
            return nil
        }
        self.init(hour: hour, minute: minute)
    }

    /// The hour on a 24-hour clock.
    var hour: Int { minutes / 60 }
    /// The minute within the hour.
    var minute: Int { minutes % 60 }

    /// "3:00 PM", "12:30 PM", "9:00 AM".
    var spoken: String {
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "AM" : "PM")"
    }

    var description: String { spoken }

    /// The time `count` minutes later, when still within the day.
    func adding(minutes count: Int) -> ClockTime? { ClockTime(minutes: minutes + count) }

    static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}
