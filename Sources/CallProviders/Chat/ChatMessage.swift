import AgentTools

/// One message of a chat-completions conversation.
public enum ChatMessage: Sendable, Equatable {
    /// Instructions.
    case system(String)
    /// What the caller said.
    case user(String)
    /// The model's reply: text and the tools it called.
    case assistant(String?, toolCalls: [ChatToolCall])
    /// A tool's result for the call with this id.
    case tool(callID: String, content: String)

    /// The message in the API's JSON form.
    public var json: JSONValue {
        switch self {
        case .system(let text): ["role": "system", "content": .string(text)]
        case .user(let text): ["role": "user", "content": .string(text)]
        case .assistant(let text, let calls):
            calls.isEmpty
                ? ["role": "assistant", "content": .string(text ?? "")]
                : ["role": "assistant", "content": text.map(JSONValue.string) ?? .null, "tool_calls": .array(calls.map(\.json))]
        case .tool(let id, let content): ["role": "tool", "tool_call_id": .string(id), "content": .string(content)]
        }
    }

    /// The text of a user message.
    var userText: String? {
        if case .user(let text) = self { return text }
        return nil
    }
}
