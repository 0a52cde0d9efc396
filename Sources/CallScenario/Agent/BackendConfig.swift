/// The business backend the agent's tools act on.
public struct BackendConfig: Sendable, Equatable {
    /// Which backend: a domain registered under this name (see `DomainCatalog`).
    public var type: String
    /// The line of `type` in the agent file, for errors found when the domain is built.
    public var typeLine: Int?
    /// The fixtures directory it is seeded from (absolute path).
    public var fixtures: String
    /// The simulated calendar's today, `YYYY-MM-DD`.
    public var today: String

    /// Creates a backend configuration.
    public init(type: String, typeLine: Int? = nil, fixtures: String = "", today: String) {
        self.type = type
        self.typeLine = typeLine
        self.fixtures = fixtures
        self.today = today
    }
}
