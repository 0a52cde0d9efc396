import AgentTools
/// A day of the week, numbered as ISO 8601 does (Monday 1 … Sunday 7).
enum Weekday: Int, CaseIterable, Comparable, Hashable, Sendable {
    /// Monday (1).
    case monday = 1
    /// Tuesday (2).
    case tuesday
    /// Wednesday (3).
    case wednesday
    /// Thursday (4).
    case thursday
    /// Friday (5).
    case friday
    /// Saturday (6).
    case saturday
    /// Sunday (7).
    case sunday

    /// The English name, capitalized ("Tuesday").
    var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// The weekday named `name` ("tuesday", "Tue", "tues"), case-insensitive.
    init?(name: String) {
        let key = name.lowercased().filter(\.isLetter)
        guard key.count >= 3, let day = Weekday.allCases.first(where: { $0.name.lowercased().hasPrefix(key) }) else { return nil }
        self = day
    }

    static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
