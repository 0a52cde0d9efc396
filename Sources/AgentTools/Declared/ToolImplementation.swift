/// How a tool declared in an agent file does its work: against the call's database
/// (`SQLTool`), on the team's own tool server, or from canned answers (`MockTool`).
public protocol ToolImplementation: Sendable {
    /// Runs one call. `arguments` are the call's, checked against the tool's schema and
    /// tidied (text trimmed); `context` is what the call's backend offers.
    func run(_ call: ToolCall, arguments: [String: JSONValue], context: ToolContext) -> ToolResult
}
