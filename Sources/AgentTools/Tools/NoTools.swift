/// The tools of an agent without a backend: none.
public final class NoTools: ToolProviding {
    /// Creates an empty tool set.
    public init() {}
    public var definitions: [ToolDefinition] { [] }
    public func call(_ call: ToolCall) -> ToolResult { .error("there are no tools; '\(call.name)' does not exist") }
}
