import AgentTools
import CallText
import CallDatabase

extension HospitalBackend {
    /// `schedule_appointment`: books a free slot (registering an unknown patient), or
    /// answers "unavailable" with the nearest alternatives.
    func scheduleAppointment(patientName: String, doctorName: String, date dateText: String, time timeText: String,
                             reason: String?) throws -> JSONValue {
        let doctor = try NameKey.doctor(doctorName, among: doctors)
        let date = try futureDate(dateText)
        let time = try slotTime(timeText, for: doctor)
        return try db.transaction {
            if let problem = try slotProblem(doctor, on: date, at: time) {
                return try unavailable(problem, doctor: doctor, date: date, time: time)
            }
            let (patient, isNew) = try patientForBooking(patientName)
            let id = try nextID(table: "appointments", column: "id", prefix: "A", width: 4, first: 1001)
            try db.run("INSERT INTO appointments (id, patient_id, doctor_id, date, time, status, reason) VALUES (?, ?, ?, ?, ?, 'booked', ?)",
                       [.text(id), .text(patient.id), .integer(Int64(doctor.id)), .text(date.iso), .text(time.hhmm), SQLiteValue(reason)])
            var result = booked(id: id, patient: patient, doctor: doctor, date: date, time: time)
            if isNew { result["new_patient"] = true }
            if let reason { result["reason"] = .string(reason) }
            return .object(result)
        }
    }

    /// `reschedule_appointment`: moves a booked appointment (same doctor, same id).
    func rescheduleAppointment(id idText: String, date dateText: String, time timeText: String) throws -> JSONValue {
        let current = try bookedAppointment(idText)
        let doctor = doctors.first { $0.name == current.doctorName }!
        let date = try futureDate(dateText)
        let time = try slotTime(timeText, for: doctor)
        return try db.transaction {
            if let problem = try slotProblem(doctor, on: date, at: time, excluding: current.id) {
                return try unavailable(problem, doctor: doctor, date: date, time: time, excluding: current.id)
            }
            try db.run("UPDATE appointments SET date = ?, time = ? WHERE id = ?", [.text(date.iso), .text(time.hhmm), .text(current.id)])
            var result = booked(id: current.id, patient: (current.patientID, current.patientName), doctor: doctor, date: date, time: time)
            result["previous"] = ["date": .string(current.date), "time": .string(current.time)]
            return .object(result)
        }
    }

    /// `cancel_appointment`: cancels a booked, upcoming appointment.
    func cancelAppointment(id idText: String) throws -> JSONValue {
        let current = try bookedAppointment(idText)
        try db.run("UPDATE appointments SET status = 'cancelled' WHERE id = ?", [.text(current.id)])
        return ["status": "cancelled", "appointment": current.json.removing("status")]
    }

    /// The booked, upcoming appointment `text` names.
    private func bookedAppointment(_ text: String) throws -> Appointment {
        let id = NameKey.appointmentID(text)
        guard let appointment = try appointments(where: "a.id = ?", [.text(id)]).first else {
            throw ToolFailure("there is no appointment \(id)")
        }
        guard appointment.status == .booked else { throw ToolFailure("appointment \(id) is already cancelled") }
        if let date = CalendarDate(iso: appointment.date), date < today {
            throw ToolFailure("appointment \(id) was on \(appointment.date) and has already taken place")
        }
        return appointment
    }

    private func unavailable(_ reason: String, doctor: Doctor, date: CalendarDate, time: ClockTime,
                             excluding: String? = nil) throws -> JSONValue {
        [
            "status": "unavailable", "reason": .string(reason), "doctor": .string(doctor.name),
            "date": .string(date.iso), "time": .string(time.display),
            "alternatives": .array(try alternatives(doctor, on: date, near: time, excluding: excluding)),
        ]
    }

    private func booked(id: String, patient: (id: String, name: String), doctor: Doctor, date: CalendarDate,
                        time: ClockTime) -> [String: JSONValue] {
        [
            "status": "booked", "appointment_id": .string(id), "patient": .string(patient.name), "patient_id": .string(patient.id),
            "doctor": .string(doctor.name), "specialty": .string(doctor.specialty), "location": .string(doctor.location),
            "date": .string(date.iso), "weekday": .string(date.weekdayName), "time": .string(time.display),
        ]
    }

    /// The patient `name` names, registered first when unknown.
    private func patientForBooking(_ name: String) throws -> (patient: (id: String, name: String), isNew: Bool) {
        if let row = try patientRow(name) {
            return ((row["id"]?.text ?? "", row["name"]?.text ?? ""), false)
        }
        guard !NameKey.isPatientID(name) else { throw ToolFailure("there is no patient \(NameKey.patientID(name))") }
        let display = NameKey.displayName(name)
        guard NameKey.words(display).count >= 2 else {
            throw ToolFailure("no patient is named '\(name)'; to register a new patient give their first and last name")
        }
        let id = try nextID(table: "patients", column: "id", prefix: "P", width: 4, first: 1001)
        try db.run("INSERT INTO patients (id, name) VALUES (?, ?)", [.text(id), .text(display)])
        return ((id, display), true)
    }

    /// `prefix-NNNN`, one more than the highest number in use (or `first`).
    func nextID(table: String, column: String, prefix: String, width: Int, first: Int) throws -> String {
        let highest = try db.scalar("SELECT MAX(CAST(SUBSTR(\(column), \(prefix.count + 2)) AS INTEGER)) FROM \(table) WHERE \(column) LIKE ?",
                                    [.text("\(prefix)-%")])?.int
        let number = String(highest.map { $0 + 1 } ?? first)
        return "\(prefix)-" + String(repeating: "0", count: max(0, width - number.count)) + number
    }
}

extension JSONValue {
    /// The object without the member `key`.
    func removing(_ key: String) -> JSONValue {
        guard var object else { return self }
        object[key] = nil
        return .object(object)
    }
}

extension ClockTime {
    /// "15:00", as the database stores times.
    var hhmm: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
}
