import AgentTools
@testable import Receptionist

/// Builds backends from the repository's Fixtures/hospital and calls tools on them.
enum HospitalFixture {
    /// ../../Fixtures/hospital from this file.
    static let folder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return (parts + ["Fixtures", "hospital"]).joined(separator: "/")
    }()

    /// The simulated today the seed appointments are written for (a Monday).
    static let today = "2025-06-02"

    /// The clinic's slot starts on a working day, written out from the published hours:
    /// 9:00 AM to 5:00 PM, 30-minute slots, closed 12:00 PM to 1:00 PM.
    static let allSlots = ["9:00 AM", "9:30 AM", "10:00 AM", "10:30 AM", "11:00 AM", "11:30 AM",
                           "1:00 PM", "1:30 PM", "2:00 PM", "2:30 PM", "3:00 PM", "3:30 PM", "4:00 PM", "4:30 PM"]

    /// A distinct made-up patient name for filling a day (`index` 0…13).
    static func filler(_ index: Int) -> String {
        let surnames = ["Adams", "Baker", "Clark", "Evans", "Fisher", "Green", "Hughes", "Irwin", "James", "King",
                        "Lewis", "Moore", "Nolan", "Owens"]
        return "Filler \(surnames[index])"
    }

    static func backend(today: String = today) throws -> HospitalBackend {
        try HospitalBackend(fixtures: folder, today: today)
    }
}

extension HospitalBackend {
    /// Calls `name` with `arguments`.
    func call(_ name: String, _ arguments: [String: JSONValue]) -> ToolResult {
        call(ToolCall(id: "call-1", name: name, arguments: arguments))
    }

    /// The booked times of the doctor named `doctor` on `date`, from the state inspection.
    func bookedTimes(doctor: String, date: String) -> Set<String> {
        Set(appointments().filter { $0.doctorName == doctor && $0.date == date && $0.status == .booked }.map(\.time))
    }
}

extension ToolResult {
    /// The strings of an array member.
    func strings(_ key: String) -> [String] { content[key]?.array?.compactMap(\.string) ?? [] }
}
