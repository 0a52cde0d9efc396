import AgentTools
import VoicePipeline

extension Redactor {
    /// The call with every secret masked in its id, name and arguments.
    public func toolCall(_ call: ChatToolCall) -> ChatToolCall {
        guard !secrets.isEmpty else { return call }
        return ChatToolCall(id: text(call.id), name: text(call.name), arguments: text(call.arguments))
    }

    /// The completion with every secret masked in its text and tool calls.
    public func completion(_ completion: ChatCompletion) -> ChatCompletion {
        guard !secrets.isEmpty else { return completion }
        var out = completion
        out.text = text(completion.text)
        out.toolCalls = completion.toolCalls.map(toolCall)
        return out
    }

    /// `value` with every secret masked in its strings and member names; unlike `json`,
    /// no member is dropped (tool arguments and results keep their shape).
    public func strings(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): .string(text(s))
        case .array(let items): .array(items.map(strings))
        case .object(let members): .object(Dictionary(members.map { (text($0.key), strings($0.value)) }, uniquingKeysWith: { a, _ in a }))
        default: value
        }
    }

    /// The result with every secret masked.
    public func toolResult(_ result: ToolResult) -> ToolResult {
        guard !secrets.isEmpty else { return result }
        return ToolResult(content: strings(result.content), isError: result.isError, retryable: result.retryable)
    }

    /// The response with every secret masked in what it says, the tool calls and their
    /// results, and the hand-off's reason and summary.
    public func response(_ response: BrainResponse) -> BrainResponse {
        guard !secrets.isEmpty else { return response }
        var out = response
        out.steps = response.steps.map { step in
            switch step {
            case .say(let words):
                return .say(text(words))
            case .tool(let call, let result):
                let arguments = strings(.object(call.arguments)).object ?? [:]
                return .tool(ToolCall(id: text(call.id), name: text(call.name), arguments: arguments), toolResult(result))
            case .transfer(let reason, let summary):
                return .transfer(reason: text(reason), summary: text(summary))
            case .hangUp:
                return .hangUp
            }
        }
        out.intent = response.intent.map(text)
        return out
    }
}
