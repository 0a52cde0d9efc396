import AgentTools

/// A function call as a chat model made it: its id, name and arguments as the JSON text
/// the model wrote.
public struct ChatToolCall: Sendable, Equatable {
    /// The model's id for the call.
    public var id: String
    /// The function name.
    public var name: String
    /// The arguments as JSON text.
    public var arguments: String

    /// Creates a call.
    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }

    /// The call for a tool provider; throws when the arguments are not a JSON object.
    public func toolCall() throws -> ToolCall { try ToolCall(id: id, name: name, argumentsJSON: arguments) }

    /// The call in an assistant message.
    var json: JSONValue {
        ["id": .string(id), "type": "function", "function": ["name": .string(name), "arguments": .string(arguments)]]
    }
}
