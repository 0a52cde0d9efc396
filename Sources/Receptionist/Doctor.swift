import AgentTools
import CallText
/// A doctor and their weekly schedule, as read from the `doctors` and `doctor_days` tables.
struct Doctor: Sendable {
    let id: Int
    let firstName: String
    let lastName: String
    let specialty: String
    let location: String
    /// The days worked, Monday first.
    let days: [Weekday]
    let dayStart: ClockTime
    let dayEnd: ClockTime
    let lunchStart: ClockTime
    let lunchEnd: ClockTime
    let slotMinutes: Int

    /// "Dr. Raj Patel".
    var name: String { "Dr. \(firstName) \(lastName)" }

    /// "Dr. Patel".
    var shortName: String { "Dr. \(lastName)" }

    /// True when the doctor works on `date`'s weekday.
    func works(on date: CalendarDate) -> Bool { days.contains(date.dayOfWeek) }

    /// Every slot start of a working day, lunch excluded.
    var slots: [ClockTime] {
        stride(from: dayStart.minutesSinceMidnight, to: dayEnd.minutesSinceMidnight - slotMinutes + 1, by: slotMinutes)
            .map(ClockTime.init(minutesSinceMidnight:))
            .filter { !isDuringLunch($0) }
    }

    /// The slot starts on `date`: none on a day off.
    func slots(on date: CalendarDate) -> [ClockTime] { works(on: date) ? slots : [] }

    /// True when an appointment starting at `time` would overlap the lunch break.
    func isDuringLunch(_ time: ClockTime) -> Bool {
        time.minutesSinceMidnight < lunchEnd.minutesSinceMidnight && time.minutesSinceMidnight + slotMinutes > lunchStart.minutesSinceMidnight
    }

    /// True when an appointment starting at `time` fits inside the working hours.
    func isWithinHours(_ time: ClockTime) -> Bool {
        time >= dayStart && time.minutesSinceMidnight + slotMinutes <= dayEnd.minutesSinceMidnight
    }

    /// True when `time` is a slot start (counted from the start of the day).
    func isOnSlotBoundary(_ time: ClockTime) -> Bool { (time.minutesSinceMidnight - dayStart.minutesSinceMidnight) % slotMinutes == 0 }

    /// "9:00 AM to 5:00 PM".
    var hours: String { "\(dayStart.display) to \(dayEnd.display)" }

    /// "12:00 PM to 1:00 PM".
    var lunch: String { "\(lunchStart.display) to \(lunchEnd.display)" }

    /// "Tuesday and Thursday", "Monday, Wednesday and Friday".
    var daysSpoken: String { Self.list(days.map(\.name)) }

    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }
}
