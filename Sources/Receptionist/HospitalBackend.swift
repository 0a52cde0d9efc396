import AgentTools
import CallText
import CallDatabase
import Foundation

/// The reference hospital receptionist's backend: doctors, patients, appointments and
/// hand-offs in an in-memory SQLite database, behind the tools a receptionist agent calls
/// (the hand-off itself, `transfer_to_human`, is declared in the agent's tools file).
///
/// The calendar is simulated: `today` is given, nothing reads the clock, and every id is
/// the next number after the highest in use, so the same calls give the same results.
public final class HospitalBackend: ToolProviding, Sendable {
    /// The tools, by name.
    enum Tool: String, CaseIterable {
        case checkAvailability = "check_availability"
        case scheduleAppointment = "schedule_appointment"
        case rescheduleAppointment = "reschedule_appointment"
        case cancelAppointment = "cancel_appointment"
        case getPatientInfo = "get_patient_info"
        case getDoctorInfo = "get_doctor_info"
    }

    let db: SQLiteDatabase
    /// The simulated calendar's today.
    let today: CalendarDate
    let doctors: [Doctor]

    /// Builds a fresh database: the schema from code, then the data of `seed.sql` in the
    /// `fixtures` folder. `today` is `YYYY-MM-DD`.
    public init(fixtures: String, today: String) throws(DatabaseError) {
        db = try SQLiteDatabase(path: ":memory:")
        guard let date = CalendarDate(iso: today) else {
            throw .invalidInput(db.path, "today '\(today)' is not a YYYY-MM-DD date")
        }
        self.today = date
        try Self.migrator.migrate(db)
        let seedPath = URL(fileURLWithPath: fixtures).appendingPathComponent("seed.sql").path
        let seed: String
        do {
            seed = try String(contentsOfFile: seedPath, encoding: .utf8)
        } catch {
            throw .cannotReadFile(db.path, file: seedPath, why: error.localizedDescription)
        }
        try db.execute(seed)
        doctors = try Self.loadDoctors(db)
    }

    /// The tools offered, in a fixed order.
    public var definitions: [ToolDefinition] { Tool.allCases.map(\.definition) }

    /// Runs one call; failures come back as error results.
    public func call(_ call: ToolCall) -> ToolResult {
        guard let tool = Tool(rawValue: call.name) else {
            let names = Tool.allCases.map(\.rawValue).joined(separator: ", ")
            return .error("there is no tool named '\(call.name)'; the tools are \(names)")
        }
        do {
            let arguments = try ToolArguments(call, accepted: tool.definition.argumentNames)
            return .success(try run(tool, arguments))
        } catch let failure as ToolFailure {
            return .error(failure.message)
        } catch {
            return .unavailable("the scheduling system failed: \(error)")
        }
    }

    private func run(_ tool: Tool, _ arguments: ToolArguments) throws -> JSONValue {
        switch tool {
        case .checkAvailability:
            try checkAvailability(doctorName: arguments.required("doctor_name"), date: arguments.optional("date"))
        case .scheduleAppointment:
            try scheduleAppointment(patientName: arguments.required("patient_name"), doctorName: arguments.required("doctor_name"),
                                    date: arguments.required("date"), time: arguments.required("time"),
                                    reason: arguments.optional("reason"))
        case .rescheduleAppointment:
            try rescheduleAppointment(id: arguments.required("appointment_id"), date: arguments.required("date"),
                                      time: arguments.required("time"))
        case .cancelAppointment:
            try cancelAppointment(id: arguments.required("appointment_id"))
        case .getPatientInfo:
            try patientInfo(name: arguments.required("patient_name"))
        case .getDoctorInfo:
            try doctorInfo(name: arguments.required("doctor_name"))
        }
    }

    private static func loadDoctors(_ db: SQLiteDatabase) throws(DatabaseError) -> [Doctor] {
        var days: [Int: [Weekday]] = [:]
        for row in try db.query("SELECT doctor_id, weekday FROM doctor_days ORDER BY doctor_id, weekday") {
            if let id = row["doctor_id"]?.int, let day = row["weekday"]?.int.flatMap(Weekday.init(rawValue:)) {
                days[id, default: []].append(day)
            }
        }
        return try db.query("SELECT * FROM doctors ORDER BY id").map { row throws(DatabaseError) in
            func time(_ column: String) throws(DatabaseError) -> ClockTime {
                guard let text = row[column]?.text, let time = ClockTime(display: text) else {
                    throw .invalidInput(db.path, "doctors.\(column) '\(row[column]?.text ?? "NULL")' is not an HH:MM time")
                }
                return time
            }
            let id = row["id"]?.int ?? 0
            return Doctor(id: id, firstName: row["first_name"]?.text ?? "", lastName: row["last_name"]?.text ?? "",
                          specialty: row["specialty"]?.text ?? "", location: row["location"]?.text ?? "",
                          days: days[id] ?? [], dayStart: try time("day_start"), dayEnd: try time("day_end"),
                          lunchStart: try time("lunch_start"), lunchEnd: try time("lunch_end"),
                          slotMinutes: row["slot_minutes"]?.int ?? 30)
        }
    }
}
