/// A tool call the agent must make: the tool, and arguments it must include.
public struct ExpectedToolCall: Sendable, Equatable {
    /// The tool's name.
    public var name: String
    /// Arguments the call must have with these values (others may be present too).
    public var arguments: [String: String]

    /// Creates an expected call.
    public init(name: String, arguments: [String: String] = [:]) {
        self.name = name
        self.arguments = arguments
    }
}
