import Foundation

/// One call of a tool by the agent.
public struct ToolCall: Hashable, Sendable {
    /// The call's id (the model's, or one the caller makes up), echoed with the result.
    public let id: String
    /// The tool's name.
    public let name: String
    /// The arguments by name.
    public let arguments: [String: JSONValue]

    /// Creates a call.
    public init(id: String, name: String, arguments: [String: JSONValue]) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }

    /// Creates a call from arguments as JSON text (the form chat-completions APIs stream).
    /// Empty text means no arguments; text that is not a JSON object throws.
    public init(id: String, name: String, argumentsJSON: String) throws {
        let trimmed = argumentsJSON.trimmingCharacters(in: .whitespacesAndNewlines)
        let value = trimmed.isEmpty ? JSONValue.object([:]) : try JSONValue(parsing: trimmed)
        guard let object = value.object else { throw ToolCallError(text: argumentsJSON) }
        self.init(id: id, name: name, arguments: object)
    }
}

/// Tool arguments that were not a JSON object.
public struct ToolCallError: Error, CustomStringConvertible, Sendable {
    /// The text that was given.
    public let text: String
    public var description: String { "tool arguments are not a JSON object: \(text)" }
}
