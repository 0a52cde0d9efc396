/// An OpenAI-compatible audio API: where it is, which model, and the key.
public struct SpeechEndpoint: Sendable, Equatable {
    /// The API's base URL (`https://api.openai.com/v1`).
    public var baseURL: String
    /// The model name (`whisper-1`, `tts-1`).
    public var model: String
    /// The API key, sent as `Authorization: Bearer …`; nil for servers without one.
    public var apiKey: String?
    /// The time a whole call may take, retries included, in milliseconds.
    public var timeoutMs: Int

    /// Creates an endpoint.
    public init(baseURL: String, model: String, apiKey: String? = nil, timeoutMs: Int = 15000) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeoutMs = timeoutMs
    }

    /// Header lines: the content type, and the key when there is one.
    func headers(contentType: String) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [("Content-Type", contentType)]
        if let apiKey, !apiKey.isEmpty { headers.append(("Authorization", "Bearer \(apiKey)")) }
        return headers
    }

    /// The secrets to keep out of files and messages.
    var secrets: [String] { apiKey.map { [$0] } ?? [] }

    var retry: RetryPolicy { RetryPolicy(budgetMs: timeoutMs, connectTimeoutMs: min(3000, timeoutMs)) }

    func url(_ path: String) -> String { ChatCompletionsClient.join(baseURL, path) }
}
