/// The business backend the agent's tools act on.
public struct BackendConfig: Sendable, Equatable {
    /// Which backend: a domain registered under this name (see `DomainCatalog`).
    public var type: String
    /// The line of `type` in the agent file, for errors found when the domain is built.
    public var typeLine: Int?
    /// The fixtures directory it is seeded from (absolute path; empty for `sqlite`).
    public var fixtures: String
    /// The simulated calendar's today, `YYYY-MM-DD`.
    public var today: String
    /// For `type: sqlite`: the SQL file that creates the tables (absolute path).
    public var schema: String?
    /// For `type: sqlite`: the SQL file that fills them (absolute path), if any.
    public var seed: String?

    /// The type of a backend described by its SQL files alone.
    public static let sqliteType = "sqlite"

    /// Creates a backend configuration.
    public init(type: String, typeLine: Int? = nil, fixtures: String = "", today: String, schema: String? = nil, seed: String? = nil) {
        self.type = type
        self.typeLine = typeLine
        self.fixtures = fixtures
        self.today = today
        self.schema = schema
        self.seed = seed
    }
}
