import Synchronization

/// The domains an agent YAML can name in `backend.type`, each with the factory that
/// builds it from the backend's settings. Domains written in Swift register themselves
/// here once at start-up (the command-line tool registers the bundled ones).
public enum DomainCatalog {
    /// What a factory is given: the backend section of the agent YAML.
    public struct Settings: Sendable {
        /// The backend's type, the name it was registered under.
        public var type: String
        /// The backend's fixtures folder (absolute).
        public var fixtures: String
        /// Today on the simulated calendar, `YYYY-MM-DD`.
        public var today: String
        /// The agent file, for error messages.
        public var agentFile: String

        /// Creates settings.
        public init(type: String, fixtures: String, today: String, agentFile: String) {
            self.type = type
            self.fixtures = fixtures
            self.today = today
            self.agentFile = agentFile
        }
    }

    /// Builds a domain from its settings.
    public typealias Factory = @Sendable (Settings) throws -> any AgentDomain

    private static let factories = Mutex<[String: Factory]>([:])

    /// Makes `type` available to agent files (a later registration replaces an earlier one).
    public static func register(_ type: String, _ factory: @escaping Factory) {
        factories.withLock { $0[type] = factory }
    }

    /// The registered types, sorted.
    public static var types: [String] { factories.withLock { $0.keys.sorted() } }

    /// The factory for `type`, if registered.
    public static func factory(for type: String) -> Factory? { factories.withLock { $0[type] } }
}
