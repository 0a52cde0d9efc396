import AgentTools
extension HospitalBackend {
    /// `check_availability`: free slots on `date`, or on the next three days with free
    /// slots. A day without free slots also names the next day that has some.
    func checkAvailability(doctorName: String, date dateText: String?) throws -> JSONValue {
        let doctor = try NameKey.doctor(doctorName, among: doctors)
        var result: [String: JSONValue] = ["doctor": .string(doctor.name), "specialty": .string(doctor.specialty)]
        guard let dateText else {
            let days = try daysWithFreeSlots(doctor, from: today, count: 3)
            result["days"] = .array(days.map { Self.dayJSON($0.date, $0.slots) })
            return .object(result)
        }
        let date = try futureDate(dateText)
        let free = try freeSlots(doctor, on: date)
        result["date"] = .string(date.iso)
        result["weekday"] = .string(date.weekdayName)
        result["slots"] = .array(free.map { .string($0.display) })
        if free.isEmpty {
            result["note"] = .string(doctor.works(on: date)
                ? "\(doctor.name) is fully booked on \(date.weekdayName), \(date.iso)"
                : "\(doctor.name) does not work on \(date.weekdayName)s; \(doctor.shortName) works \(doctor.daysSpoken)")
            if let next = try daysWithFreeSlots(doctor, from: date.adding(days: 1), count: 1).first {
                result["next_available"] = Self.dayJSON(next.date, next.slots)
            }
        }
        return .object(result)
    }
}
