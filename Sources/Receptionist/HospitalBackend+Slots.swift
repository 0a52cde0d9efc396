import AgentTools
import CallText
import CallDatabase

extension HospitalBackend {
    /// How far ahead free slots are searched, in days.
    static let searchHorizonDays = 120

    /// `text` as a date that is not in the past.
    func futureDate(_ text: String) throws(ToolFailure) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw ToolFailure("'\(text)' is not a date; use YYYY-MM-DD (today is \(today.iso), a \(today.weekdayName))")
        }
        guard date >= today else {
            throw ToolFailure("\(date.iso) is in the past; today is \(today.iso), a \(today.weekdayName)")
        }
        return date
    }

    /// `text` as the start of one of `doctor`'s slots (lunch is checked separately).
    func slotTime(_ text: String, for doctor: Doctor) throws(ToolFailure) -> ClockTime {
        guard let time = ClockTime(display: text) else {
            throw ToolFailure("'\(text)' is not a time; use the form 3:00 PM")
        }
        guard doctor.isWithinHours(time) else {
            throw ToolFailure("\(time.display) is outside office hours; appointments start between \(doctor.dayStart.display) and \(doctor.slots.last?.display ?? doctor.dayEnd.display)")
        }
        guard doctor.isOnSlotBoundary(time) else {
            throw ToolFailure("\(time.display) is not a slot start; appointments are \(doctor.slotMinutes) minutes and start on the hour or half hour")
        }
        return time
    }

    /// The times `doctor` is booked on `date`, leaving out appointment `excluding`.
    func bookedTimes(_ doctor: Doctor, on date: CalendarDate, excluding: String? = nil) throws -> Set<ClockTime> {
        let rows = try db.query("SELECT id, time FROM appointments WHERE doctor_id = ? AND date = ? AND status = 'booked'",
                                [.integer(Int64(doctor.id)), .text(date.iso)])
        return Set(rows.filter { $0["id"]?.text != excluding }.compactMap { $0["time"]?.text.flatMap(ClockTime.init(display:)) })
    }

    /// `doctor`'s free slot starts on `date`, in order.
    func freeSlots(_ doctor: Doctor, on date: CalendarDate, excluding: String? = nil) throws -> [ClockTime] {
        let slots = doctor.slots(on: date)
        guard !slots.isEmpty else { return [] }
        let booked = try bookedTimes(doctor, on: date, excluding: excluding)
        return slots.filter { !booked.contains($0) }
    }

    /// Up to `count` days from `start` on (inclusive) on which `doctor` has free slots.
    func daysWithFreeSlots(_ doctor: Doctor, from start: CalendarDate, count: Int,
                           excluding: String? = nil) throws -> [(date: CalendarDate, slots: [ClockTime])] {
        var days: [(date: CalendarDate, slots: [ClockTime])] = []
        var date = start
        while days.count < count, start.days(until: date) < Self.searchHorizonDays {
            let free = try freeSlots(doctor, on: date, excluding: excluding)
            if !free.isEmpty { days.append((date, free)) }
            date = date.adding(days: 1)
        }
        return days
    }

    /// Why `doctor` cannot see a patient at `time` on `date`, or `nil` when the slot is free.
    func slotProblem(_ doctor: Doctor, on date: CalendarDate, at time: ClockTime, excluding: String? = nil) throws -> String? {
        if !doctor.works(on: date) {
            return "\(doctor.name) does not work on \(date.weekdayName)s; \(doctor.shortName) works \(doctor.daysSpoken)"
        }
        if doctor.isDuringLunch(time) {
            return "the clinic is closed for lunch from \(doctor.lunch)"
        }
        if try bookedTimes(doctor, on: date, excluding: excluding).contains(time) {
            return "\(doctor.name) is already booked at \(time.display) on \(date.weekdayName), \(date.iso)"
        }
        return nil
    }

    /// The three free slots of `doctor` nearest to `time` on `date` (closest first; of two
    /// equally close, the later), then the earliest free slots of the following days.
    func alternatives(_ doctor: Doctor, on date: CalendarDate, near time: ClockTime, excluding: String? = nil,
                      count: Int = 3) throws -> [JSONValue] {
        let sameDay = try freeSlots(doctor, on: date, excluding: excluding).sorted { a, b in
            let da = abs(a.minutesSinceMidnight - time.minutesSinceMidnight), db = abs(b.minutesSinceMidnight - time.minutesSinceMidnight)
            return da != db ? da < db : a > b
        }
        var picks = sameDay.prefix(count).map { (date, $0) }
        if picks.count < count {
            for day in try daysWithFreeSlots(doctor, from: date.adding(days: 1), count: count, excluding: excluding) {
                picks.append(contentsOf: day.slots.prefix(count - picks.count).map { (day.date, $0) })
                if picks.count == count { break }
            }
        }
        return picks.map { Self.slotJSON($0.0, $0.1) }
    }

    /// `{"date", "weekday", "time"}`.
    static func slotJSON(_ date: CalendarDate, _ time: ClockTime) -> JSONValue {
        ["date": .string(date.iso), "weekday": .string(date.weekdayName), "time": .string(time.display)]
    }

    /// `{"date", "weekday", "slots"}`.
    static func dayJSON(_ date: CalendarDate, _ slots: [ClockTime]) -> JSONValue {
        ["date": .string(date.iso), "weekday": .string(date.weekdayName), "slots": .array(slots.map { .string($0.display) })]
    }
}
