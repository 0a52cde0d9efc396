import AgentTools
import CallText
import CallDatabase

extension HospitalBackend {
    /// `get_patient_info`: the patient's record and upcoming booked appointments.
    func patientInfo(name: String) throws -> JSONValue {
        guard let row = try patientRow(name) else {
            throw ToolFailure("there is no patient named '\(name)'; check the spelling or ask for the full name")
        }
        let id = row["id"]?.text ?? ""
        let upcoming = try appointments(where: "a.patient_id = ? AND a.status = 'booked' AND a.date >= ?", [.text(id), .text(today.iso)])
        return [
            "patient_id": .string(id), "name": .string(row["name"]?.text ?? ""),
            "date_of_birth": row["date_of_birth"]?.text.map(JSONValue.string) ?? .null,
            "phone": row["phone"]?.text.map(JSONValue.string) ?? .null,
            "upcoming": .array(upcoming.map { appointment in
                ["appointment_id": .string(appointment.id), "doctor": .string(appointment.doctorName), "date": .string(appointment.date),
                 "weekday": .string(CalendarDate(iso: appointment.date)?.weekdayName ?? ""), "time": .string(appointment.time)]
            }),
        ]
    }

    /// `get_doctor_info`: specialty, working days, hours and location.
    func doctorInfo(name: String) throws -> JSONValue {
        let doctor = try NameKey.doctor(name, among: doctors)
        return [
            "name": .string(doctor.name), "specialty": .string(doctor.specialty),
            "days": .array(doctor.days.map { .string($0.name) }), "hours": .string(doctor.hours),
            "lunch": .string(doctor.lunch), "slot_minutes": .number(Double(doctor.slotMinutes)),
            "location": .string(doctor.location),
        ]
    }

    /// The patient row `name` names: a patient id, or the full name compared word by word
    /// ignoring case, punctuation, extra spaces and titles.
    func patientRow(_ name: String) throws -> SQLiteRow? {
        if NameKey.isPatientID(name) {
            return try db.query("SELECT * FROM patients WHERE id = ?", [.text(NameKey.patientID(name))]).first
        }
        let key = NameKey.words(name)
        guard !key.isEmpty else { return nil }
        return try db.query("SELECT * FROM patients ORDER BY id").first { NameKey.words($0["name"]?.text ?? "") == key }
    }

    /// Appointments matching an SQL condition on `a` (appointments), by date and time.
    func appointments(where condition: String, _ bindings: [SQLiteValue]) throws -> [Appointment] {
        let rows = try db.query("""
            SELECT a.id, a.patient_id, p.name AS patient_name, a.doctor_id, a.date, a.time, a.status, a.reason
            FROM appointments a JOIN patients p ON p.id = a.patient_id
            WHERE \(condition) ORDER BY a.date, a.time, a.id
            """, bindings)
        return rows.map { row in
            let doctorID = row["doctor_id"]?.int
            return Appointment(id: row["id"]?.text ?? "", patientID: row["patient_id"]?.text ?? "",
                               patientName: row["patient_name"]?.text ?? "",
                               doctorName: doctors.first { $0.id == doctorID }?.name ?? "",
                               date: row["date"]?.text ?? "", time: row["time"]?.text.flatMap(ClockTime.init(display:))?.display ?? "",
                               status: Appointment.Status(rawValue: row["status"]?.text ?? "") ?? .cancelled,
                               reason: row["reason"]?.text)
        }
    }
}
