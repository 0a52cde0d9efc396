import AgentTools
import CallDatabase
import CallText

/// The reference hospital receptionist's world (after the Salesforce voice-agent
/// tutorial, arXiv 2603.05413, chapter 8): doctors, patients and appointments in a SQLite
/// backend seeded from a fixtures folder, on a simulated calendar. Agent files name it
/// `backend: {type: hospital}`.
public struct HospitalDomain: AgentDomain {
    /// The fixtures folder holding `seed.sql`.
    public let fixtures: String
    public let today: CalendarDate

    /// The name agent files use for it.
    public static let type = "hospital"

    /// A domain seeded from `fixtures` on the calendar day `today` (`YYYY-MM-DD`).
    public init(fixtures: String, today: String) throws(ToolFailure) {
        guard let date = CalendarDate(iso: today) else { throw ToolFailure("today '\(today)' is not a YYYY-MM-DD date") }
        self.fixtures = fixtures
        self.today = date
    }

    /// Makes `backend: {type: hospital}` available to agent files.
    public static func register() {
        DomainCatalog.register(type) { settings in try HospitalDomain(fixtures: settings.fixtures, today: settings.today) }
    }

    /// `transfer_to_human`, which the receptionist's agent files declare (Scenarios/agents/receptionist.tools.yaml):
    /// a row in the hospital's `transfers` table.
    public var handoffTool: String? { "transfer_to_human" }

    public var defaultSystemPrompt: String {
        """
        You are a friendly phone receptionist. Today is {today}. Keep every reply short: one or two \
        spoken sentences, no lists, no markdown. Use the tools to look things up and to act; never \
        invent availability or records. If the caller asks for a person or has an emergency, call \
        transfer_to_human. A message in parentheses is a note from the phone system, not the caller.
        """
    }

    public func makeBackend() throws -> any DomainBackend {
        try HospitalBackend(fixtures: fixtures, today: today.iso)
    }

    /// The doctors (surnames and full names), specialties with the words callers use for
    /// them, patients and appointment ids (as read out) of the seeded backend.
    public func corpusValues() throws -> [String: [String]] {
        let backend = try HospitalBackend(fixtures: fixtures, today: today.iso)
        let doctors = backend.doctorNames.map { TextNormalizer.normalize($0.replacingOccurrences(of: "Dr.", with: "")) }
        let surnames = backend.doctorNames.compactMap { TextNormalizer.words($0).last }
        return [
            "doctor": surnames + doctors,
            "specialty": backend.specialties.map { TextNormalizer.normalize($0) }
                + ["cardiologist", "pediatrician", "orthopedist", "family doctor", "heart doctor", "general practitioner"],
            "person": backend.patientNames.map { TextNormalizer.normalize($0) },
            "id": backend.appointmentIDs.map { TextNormalizer.normalize(IdentifierParser.spoken($0)) },
        ]
    }
}

extension HospitalBackend: DomainBackend {
    public var tools: any ToolProviding { self }

    /// The hospital's database, for tools declared in the agent file and state checks
    /// (its changes are not reported: `seedSnapshot` stays nil).
    public var database: SQLiteDatabase? { db }

    /// `doctors` (display names), `patients` (including those registered during the call)
    /// and `appointment_ids`.
    public func entities(_ name: String) -> [String] {
        switch name {
        case "doctors": doctorNames
        case "patients": patientNames
        case "appointment_ids": appointmentIDs
        default: []
        }
    }
}
