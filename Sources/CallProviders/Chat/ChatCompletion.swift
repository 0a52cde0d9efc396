/// A model's complete answer to one chat-completions request, with its timing.
public struct ChatCompletion: Sendable, Equatable {
    /// The text, all deltas joined.
    public var text: String
    /// The tool calls, by index.
    public var toolCalls: [ChatToolCall]
    /// Why the model stopped (`stop`, `tool_calls`, `length`), when it said.
    public var finishReason: String?
    /// Microseconds from the start of the call (retries and back-off included) to the
    /// first text, nil when there was none.
    public var firstText: Int64?
    /// Microseconds from the start of the call to the first output of any kind.
    public var firstOutput: Int64
    /// Microseconds from the start of the call to the end of the answer.
    public var complete: Int64
    /// Tries it took.
    public var attempts: Int

    /// Creates a completion.
    public init(text: String, toolCalls: [ChatToolCall], finishReason: String? = nil, firstText: Int64?, firstOutput: Int64,
                complete: Int64, attempts: Int = 1) {
        self.text = text
        self.toolCalls = toolCalls
        self.finishReason = finishReason
        self.firstText = firstText
        self.firstOutput = firstOutput
        self.complete = complete
        self.attempts = attempts
    }

    /// Microseconds until the model's first useful output: its first text, or, for an
    /// answer that only calls tools, its end (a call can run only once its arguments are
    /// complete).
    public var timeToFirstOutput: Int64 { firstText ?? complete }
}
