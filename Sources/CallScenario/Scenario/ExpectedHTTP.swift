import AgentTools

/// A check on the team's backend after a call: a GET of `url` whose JSON answer must hold
/// `json` as a subset (see `JSONValue.subsetMismatch`). `${NAME}` in the URL and the
/// headers is read from the environment when the check runs, and never shown.
public struct ExpectedHTTP: Sendable, Equatable {
    /// The URL, `${NAME}` references unresolved (as it may be shown).
    public var url: String
    /// Header name → value, `${NAME}` references unresolved.
    public var headers: [String: String]
    /// What the answer must contain.
    public var json: JSONValue
    /// The longest the request may take, in milliseconds.
    public var timeoutMs: Int
    /// The line of the check, for messages.
    public var line: Int?

    /// The wait for an answer when the scenario gives none.
    public static let defaultTimeoutMs = 5000

    /// Creates a check.
    public init(url: String, headers: [String: String] = [:], json: JSONValue, timeoutMs: Int = ExpectedHTTP.defaultTimeoutMs, line: Int? = nil) {
        self.url = url
        self.headers = headers
        self.json = json
        self.timeoutMs = timeoutMs
        self.line = line
    }
}
