/// An OpenAI-compatible chat-completions model as the agent's brain.
public struct LLMConfig: Sendable, Equatable {
    /// Which latency is charged for model calls.
    public enum Latency: String, CaseIterable, Sendable {
        /// The real network time of each request (not reproducible).
        case measured
        /// The latency profile's `llm` numbers.
        case profile
    }

    /// The API's base URL (`https://api.openai.com/v1`).
    public var baseURL: String
    /// The model name.
    public var model: String
    /// The environment variable that holds the API key, or nil for none.
    public var apiKeyEnv: String?
    /// A file with the system prompt (absolute path), or nil for the built-in one.
    public var systemPrompt: String?
    /// Sampling temperature (0…2).
    public var temperature: Double
    /// The longest reply, in tokens.
    public var maxTokens: Int
    /// A request that takes longer fails, in milliseconds.
    public var timeoutMs: Int
    /// Which latency is charged.
    public var latency: Latency

    /// Creates a model configuration.
    public init(baseURL: String = "http://localhost:8000/v1", model: String = "", apiKeyEnv: String? = nil, systemPrompt: String? = nil,
                temperature: Double = 0, maxTokens: Int = 512, timeoutMs: Int = 10000, latency: Latency = .profile) {
        self.baseURL = baseURL
        self.model = model
        self.apiKeyEnv = apiKeyEnv
        self.systemPrompt = systemPrompt
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.timeoutMs = timeoutMs
        self.latency = latency
    }
}
