import AgentTools
extension HospitalBackend.Tool {
    /// The tool's definition; its schema's properties are exactly the arguments it accepts.
    var definition: ToolDefinition {
        switch self {
        case .checkAvailability:
            Self.make(rawValue, "Free 30-minute appointment slots of a doctor on one day, or, without a date, on the doctor's next three working days that have free slots.",
                      required: ["doctor_name": Self.doctorName], optional: ["date": Self.date("The day to check.")])
        case .scheduleAppointment:
            Self.make(rawValue, "Book an appointment. A new patient is registered by name. If the slot is taken, the result is 'unavailable' with the nearest free alternatives.",
                      required: ["patient_name": Self.patientName, "doctor_name": Self.doctorName,
                                 "date": Self.date("The day of the appointment."), "time": Self.time],
                      optional: ["reason": .object(["type": "string", "description": "Why the patient is coming, in a few words."])])
        case .rescheduleAppointment:
            Self.make(rawValue, "Move an existing appointment to another day or time with the same doctor; it keeps its id.",
                      required: ["appointment_id": Self.appointmentID, "date": Self.date("The new day."), "time": Self.time])
        case .cancelAppointment:
            Self.make(rawValue, "Cancel an existing appointment.", required: ["appointment_id": Self.appointmentID])
        case .getPatientInfo:
            Self.make(rawValue, "A patient's record (id, date of birth, phone) and upcoming appointments.",
                      required: ["patient_name": Self.patientName])
        case .getDoctorInfo:
            Self.make(rawValue, "A doctor's specialty, working days, hours and location.", required: ["doctor_name": Self.doctorName])
        }
    }

    private static func make(_ name: String, _ description: String, required: [String: JSONValue],
                             optional: [String: JSONValue] = [:]) -> ToolDefinition {
        ToolDefinition(name: name, description: description, parameters: [
            "type": "object",
            "properties": .object(required.merging(optional) { first, _ in first }),
            "required": .array(required.keys.sorted().map(JSONValue.string)),
            "additionalProperties": false,
        ])
    }

    private static let doctorName: JSONValue = [
        "type": "string", "description": "The doctor's name, e.g. \"Dr. Patel\" or \"Raj Patel\".",
    ]
    private static let patientName: JSONValue = [
        "type": "string", "description": "The patient's full name, e.g. \"John Smith\" (or a patient id like \"P-1001\").",
    ]
    private static let appointmentID: JSONValue = [
        "type": "string", "description": "The appointment id, e.g. \"A-1001\".",
    ]
    private static let time: JSONValue = [
        "type": "string",
        "description": "Start time like \"3:00 PM\". Slots are 30 minutes on the hour or half hour, 9:00 AM to 5:00 PM, closed 12:00 PM to 1:00 PM.",
    ]

    private static func date(_ what: String) -> JSONValue {
        ["type": "string", "description": .string("\(what) YYYY-MM-DD, e.g. \"2025-06-03\"."), "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    }
}
