/// The business backend the agent's tools act on.
public struct BackendConfig: Sendable, Equatable {
    /// Which backend.
    public enum Kind: String, CaseIterable, Sendable {
        /// The reference hospital receptionist (doctors, patients, appointments).
        case hospital
    }

    /// Which backend.
    public var type: Kind
    /// The fixtures directory it is seeded from (absolute path).
    public var fixtures: String
    /// The simulated calendar's today, `YYYY-MM-DD`.
    public var today: String

    /// Creates a backend configuration.
    public init(type: Kind = .hospital, fixtures: String = "", today: String = "2025-01-06") {
        self.type = type
        self.fixtures = fixtures
        self.today = today
    }
}
