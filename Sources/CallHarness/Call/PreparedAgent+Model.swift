import CallText
import AgentTools
import CallProviders
import CallScenario
import Foundation

extension PreparedAgent {
    /// The chat-completions client and brain settings of an llm brain: the API key from
    /// its environment variable (not needed when replaying), the system prompt from its
    /// file with `{today}` filled in from the backend's calendar.
    static func model(_ llm: LLMConfig, config: AgentConfig, cassette: CassetteMode) throws -> (client: ChatCompletionsClient, settings: LLMBrain.Settings) {
        var key: String?
        if let variable = llm.apiKeyEnv, cassette.isLive {
            guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
                throw ScenarioError(file: config.file, line: nil, key: "brain.llm.apiKeyEnv", message: "the environment variable \(variable) is not set")
            }
            key = value
        }
        var template = SystemPrompt.builtIn
        if let path = llm.systemPrompt {
            do {
                template = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ScenarioError(file: config.file, line: nil, key: "brain.llm.systemPrompt", message: "cannot read \(path)")
            }
        }
        let today = config.backend.flatMap { CalendarDate(iso: $0.today) }
        let settings = ChatCompletionsClient.Settings(baseURL: llm.baseURL, model: llm.model, apiKey: key, temperature: llm.temperature,
                                                      maxTokens: llm.maxTokens, timeoutMs: llm.timeoutMs)
        return (ChatCompletionsClient(settings: settings, transport: cassette.transport()),
                LLMBrain.Settings(systemPrompt: SystemPrompt.render(template, today: today), fallbackMessage: config.fallbackMessage,
                                  measuredLatency: llm.latency == .measured))
    }
}
