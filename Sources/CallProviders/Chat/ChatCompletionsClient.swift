import AgentTools
import Foundation

/// An OpenAI-compatible `/chat/completions` client: streams the answer (`stream: true`),
/// assembles text and tool calls from the deltas, and times the first output.
public struct ChatCompletionsClient: Sendable {
    /// Where and what to ask.
    public struct Settings: Sendable, Equatable {
        /// The API's base URL, ending before `/chat/completions` (`https://api.openai.com/v1`).
        public var baseURL: String
        /// The model name.
        public var model: String
        /// The API key, sent as `Authorization: Bearer …`; nil for servers without one.
        public var apiKey: String?
        /// Sampling temperature.
        public var temperature: Double
        /// The longest answer, in tokens.
        public var maxTokens: Int
        /// Tries, waits and the time the whole call may take.
        public var retry: RetryPolicy

        /// Creates settings; `timeoutMs` bounds the whole call, retries included.
        public init(baseURL: String, model: String, apiKey: String? = nil, temperature: Double = 0, maxTokens: Int = 512,
                    timeoutMs: Int = 10000) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.temperature = temperature
            self.maxTokens = maxTokens
            self.retry = RetryPolicy(budgetMs: timeoutMs, connectTimeoutMs: min(3000, timeoutMs))
        }
    }

    /// The settings.
    public let settings: Settings
    /// What carries the calls.
    public let transport: any ProviderTransport

    /// Creates a client.
    public init(settings: Settings, transport: any ProviderTransport) {
        self.settings = settings
        self.transport = transport
    }

    /// Sends the conversation and the tools; returns the assembled answer.
    public func complete(_ messages: [ChatMessage], tools: [ToolDefinition] = []) throws(ProviderError) -> ChatCompletion {
        let request = self.request(messages, tools: tools)
        let exchange = try transport.perform(request, retry: settings.retry)
        return try Self.completion(from: exchange, call: request.call, budgetMs: settings.retry.budgetMs, secrets: request.secrets)
    }

    /// The request for a conversation.
    public func request(_ messages: [ChatMessage], tools: [ToolDefinition]) -> ProviderRequest {
        var body: [String: JSONValue] = [
            "model": .string(settings.model),
            "messages": .array(messages.map(\.json)),
            "stream": true,
            "temperature": .number(settings.temperature),
            "max_tokens": .number(Double(settings.maxTokens)),
        ]
        if !tools.isEmpty {
            body["tools"] = .array(tools.map(\.openAIFunction))
            body["tool_choice"] = "auto"
        }
        let json = JSONValue.object(body)
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json"), ("Accept", "text/event-stream")]
        if let key = settings.apiKey, !key.isEmpty { headers.append(("Authorization", "Bearer \(key)")) }
        let lastUser = messages.last { $0.userText != nil }?.userText
        return ProviderRequest(url: Self.join(settings.baseURL, "chat/completions"), headers: headers, body: Data(json.jsonString().utf8),
                               canonicalBody: json, excerpt: lastUser.map { "last user message: \"\(Self.excerpt($0))\"" } ?? "no user message yet",
                               secrets: settings.apiKey.map { [$0] } ?? [])
    }

    /// `base` and `path` joined with one slash.
    static func join(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + path
    }

    /// The first 40 characters of `text`, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
