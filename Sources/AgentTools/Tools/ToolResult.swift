/// What a tool returns. Failures are results the agent reads (`{"error": "…"}`), never
/// thrown errors, so a bad argument becomes something the agent can apologize for.
public struct ToolResult: Hashable, Sendable {
    /// The result as JSON.
    public let content: JSONValue
    /// True when the call failed.
    public let isError: Bool

    /// Creates a result.
    public init(content: JSONValue, isError: Bool = false) {
        self.content = content
        self.isError = isError
    }

    /// A successful result.
    public static func success(_ content: JSONValue) -> ToolResult { ToolResult(content: content) }

    /// A failed result whose content is `{"error": message}`.
    public static func error(_ message: String) -> ToolResult {
        ToolResult(content: ["error": .string(message)], isError: true)
    }

    /// The error message, when the call failed.
    public var errorMessage: String? { isError ? content["error"]?.string : nil }

    /// The content as compact JSON text (what goes back to a model).
    public var text: String { content.jsonString() }
}
