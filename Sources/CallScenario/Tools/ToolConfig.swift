import AgentTools

/// A tool declared in an agent file, in OpenAI function form (name, description, JSON
/// Schema of the arguments) with one implementation: SQL against the agent's database,
/// a POST to the team's tool server, or canned answers.
public struct ToolConfig: Sendable, Equatable {
    /// How the tool does its work.
    public enum Implementation: Sendable, Equatable {
        /// Statements against the agent's own SQLite database.
        case sql(SQLToolConfig)
        /// A POST of the arguments to the team's tool server.
        case http(HTTPToolConfig)
        /// Canned results chosen by the arguments.
        case mock([MockTool.Case])
    }

    /// The function name the model calls (`^[A-Za-z0-9_-]{1,64}$`).
    public var name: String
    /// What the tool does and when to use it.
    public var description: String
    /// A JSON Schema of type `object` describing the arguments, checked when loaded.
    public var parameters: JSONValue
    /// What runs a call.
    public var implementation: Implementation
    /// Failures to inject into its calls.
    public var failures: ToolFailurePlan?
    /// True for the tool that hands the caller to a person.
    public var handoff: Bool
    /// The file it is declared in.
    public var file: String
    /// The line of its name, for errors found when the agent is prepared.
    public var line: Int?

    /// Creates a tool.
    public init(name: String, description: String, parameters: JSONValue, implementation: Implementation,
                failures: ToolFailurePlan? = nil, handoff: Bool = false, file: String = "", line: Int? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.implementation = implementation
        self.failures = failures
        self.handoff = handoff
        self.file = file
        self.line = line
    }

    /// The tool as a model sees it.
    public var definition: ToolDefinition { ToolDefinition(name: name, description: description, parameters: parameters) }
}

/// A tool's SQL: statements, what the result holds and the checks that must hold.
public struct SQLToolConfig: Sendable, Equatable {
    /// One or more statements, separated by semicolons.
    public var statements: String
    /// The line of `sql`.
    public var line: Int?
    /// What the result holds (nil: rows when the last statement returns any, else changes).
    public var result: SQLTool.ResultShape?
    /// The checks, in order.
    public var requires: [SQLTool.Check]
    /// The line of each check, for errors found when the agent is prepared.
    public var requireLines: [Int?]

    /// Creates an SQL implementation.
    public init(statements: String, line: Int? = nil, result: SQLTool.ResultShape? = nil, requires: [SQLTool.Check] = [],
                requireLines: [Int?] = []) {
        self.statements = statements
        self.line = line
        self.result = result
        self.requires = requires
        self.requireLines = requireLines
    }
}

/// A tool served by the team's own tool server: the arguments are POSTed as JSON.
public struct HTTPToolConfig: Sendable, Equatable {
    /// The URL; `${NAME}` is replaced from the environment.
    public var url: String
    /// Header name → value; `${NAME}` is replaced from the environment (secrets: never
    /// stored or shown).
    public var headers: [String: String]
    /// The longest a call may take, in milliseconds.
    public var timeoutMs: Int

    /// Creates an HTTP implementation.
    public init(url: String, headers: [String: String] = [:], timeoutMs: Int = 5000) {
        self.url = url
        self.headers = headers
        self.timeoutMs = timeoutMs
    }
}
