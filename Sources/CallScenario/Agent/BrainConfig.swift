/// What decides the agent's replies and tool calls.
public enum BrainConfig: Sendable, Equatable {
    /// The deterministic flow engine running this flow file (absolute path).
    case flow(path: String)
    /// An OpenAI-compatible chat-completions model.
    case llm(LLMConfig)
}
