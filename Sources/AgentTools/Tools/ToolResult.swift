/// What a tool returns. Failures are results the agent reads (`{"error": "…"}`), never
/// thrown errors, so a bad argument becomes something the agent can apologize for.
public struct ToolResult: Hashable, Sendable {
    /// The result as JSON.
    public let content: JSONValue
    /// True when the call failed.
    public let isError: Bool
    /// True for a failure of the service (an outage, a timeout: a 5xx), which trying again
    /// may cure; false for a request the service refused as it stands (a 4xx: a time
    /// outside office hours), which needs other arguments.
    public let retryable: Bool

    /// Creates a result.
    public init(content: JSONValue, isError: Bool = false, retryable: Bool = false) {
        self.content = content
        self.isError = isError
        self.retryable = isError && retryable
    }

    /// A successful result.
    public static func success(_ content: JSONValue) -> ToolResult { ToolResult(content: content) }

    /// A refused request: `{"error": message}`, not worth retrying as it stands.
    public static func error(_ message: String) -> ToolResult {
        ToolResult(content: ["error": .string(message)], isError: true)
    }

    /// A failure of the service: `{"error": message}`, worth retrying.
    public static func unavailable(_ message: String) -> ToolResult {
        ToolResult(content: ["error": .string(message)], isError: true, retryable: true)
    }

    /// The error message, when the call failed.
    public var errorMessage: String? { isError ? content["error"]?.string : nil }

    /// The content as compact JSON text (what goes back to a model).
    public var text: String { content.jsonString() }
}
