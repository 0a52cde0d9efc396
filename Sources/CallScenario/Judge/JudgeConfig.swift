/// The model that judges a scenario's `expect.judge` criteria: an OpenAI-compatible
/// chat-completions server, read from a judge file (`--judge FILE`) whose top level is
/// one `judge:` mapping. It belongs to the run, not to the agent under test or to the
/// scenarios: the same agent and suite can be judged by another model, or not at all.
public struct JudgeConfig: Sendable, Equatable {
    /// The API's base URL, ending before `/chat/completions` (`https://api.openai.com/v1`).
    public var baseURL: String
    /// The model name.
    public var model: String
    /// The environment variable that holds the API key, or nil for servers without one.
    public var apiKeyEnv: String?
    /// Sampling temperature (0…2); 0, the default, keeps verdicts as stable as the model allows.
    public var temperature: Double
    /// The longest verdict, in tokens.
    public var maxTokens: Int
    /// One criterion's request may take this long, retries included, in milliseconds.
    public var timeoutMs: Int
    /// The judge file (absolute path; empty when built in code).
    public var file: String

    /// Creates a judge configuration.
    public init(baseURL: String, model: String, apiKeyEnv: String? = nil, temperature: Double = 0, maxTokens: Int = 200,
                timeoutMs: Int = 30000, file: String = "") {
        self.baseURL = baseURL
        self.model = model
        self.apiKeyEnv = apiKeyEnv
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.timeoutMs = timeoutMs
        self.file = file
    }
}
