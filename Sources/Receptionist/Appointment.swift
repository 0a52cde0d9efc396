import AgentTools
import CallText
/// An appointment as the backend holds it (for checking a call's outcome).
public struct Appointment: Hashable, Sendable {
    /// Whether an appointment still stands.
    public enum Status: String, Hashable, Sendable {
        /// Booked and not cancelled.
        case booked
        /// Cancelled.
        case cancelled
    }

    /// "A-1001".
    public let id: String
    /// "P-1001".
    public let patientID: String
    /// "John Smith".
    public let patientName: String
    /// "Dr. Sarah Johnson".
    public let doctorName: String
    /// "2025-06-04".
    public let date: String
    /// "10:00 AM".
    public let time: String
    /// Booked or cancelled.
    public let status: Status
    /// Why the patient comes, when given.
    public let reason: String?

    /// Creates an appointment record.
    public init(id: String, patientID: String, patientName: String, doctorName: String, date: String, time: String,
                status: Status, reason: String?) {
        self.id = id
        self.patientID = patientID
        self.patientName = patientName
        self.doctorName = doctorName
        self.date = date
        self.time = time
        self.status = status
        self.reason = reason
    }

    /// The appointment as a JSON object with the tools' key names.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "appointment_id": .string(id), "patient_id": .string(patientID), "patient": .string(patientName),
            "doctor": .string(doctorName), "date": .string(date), "time": .string(time), "status": .string(status.rawValue),
        ]
        if let weekday = CalendarDate(iso: date)?.weekdayName { object["weekday"] = .string(weekday) }
        if let reason { object["reason"] = .string(reason) }
        return .object(object)
    }
}
