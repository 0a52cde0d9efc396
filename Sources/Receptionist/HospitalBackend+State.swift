import AgentTools
import CallDatabase

extension HospitalBackend {
    /// Every appointment, booked or cancelled, by date and time.
    public func appointments() -> [Appointment] { (try? appointments(where: "1", [])) ?? [] }

    /// Every hand-off, in order.
    public func transfers() -> [Transfer] {
        let rows = (try? db.query("SELECT ticket, reason, summary FROM transfers ORDER BY ticket")) ?? []
        return rows.map { Transfer(ticket: $0["ticket"]?.text ?? "", reason: $0["reason"]?.text ?? "", summary: $0["summary"]?.text ?? "") }
    }

    /// "Dr. Sarah Johnson", … in id order.
    public var doctorNames: [String] { doctors.map(\.name) }

    /// "Johnson", … in id order.
    public var doctorSurnames: [String] { doctors.map(\.lastName) }

    /// The specialties, each once, in doctor order.
    public var specialties: [String] {
        doctors.map(\.specialty).reduce(into: []) { list, specialty in if !list.contains(specialty) { list.append(specialty) } }
    }

    /// Every patient's name (including those registered during the call), by id.
    public var patientNames: [String] {
        ((try? db.query("SELECT name FROM patients ORDER BY id")) ?? []).compactMap { $0["name"]?.text }
    }

    /// Every appointment id, in id order.
    public var appointmentIDs: [String] {
        ((try? db.query("SELECT id FROM appointments ORDER BY id")) ?? []).compactMap { $0["id"]?.text }
    }

    /// The tools' names, in definition order.
    public var toolNames: [String] { Tool.allCases.map(\.rawValue) }
}
