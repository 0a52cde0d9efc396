/// Something that offers tools to an agent and runs their calls.
public protocol ToolProviding: AnyObject {
    /// The tools offered, in a stable order.
    var definitions: [ToolDefinition] { get }
    /// Runs one call. Unknown tools and bad arguments give error results.
    func call(_ call: ToolCall) -> ToolResult
}
