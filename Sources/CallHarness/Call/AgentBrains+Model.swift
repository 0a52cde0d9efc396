import CallText
import AgentTools
import CallProviders
import CallScenario
import Foundation

extension AgentBrains {
    /// The chat-completions client and brain settings of an llm brain: the API key from
    /// its environment variable (not needed when replaying), the system prompt from its
    /// file with `{today}` filled in from the backend's calendar.
    static func model(_ llm: LLMConfig, config: AgentConfig, domain: (any AgentDomain)?, handoffTool: String?, cassette: CassetteMode,
                      transport: any ProviderTransport) throws -> (client: ChatCompletionsClient, settings: LLMBrain.Settings) {
        let key = try AgentSecrets.apiKey(llm.apiKeyEnv, key: "brain.llm", config: config, cassette: cassette)
        var template = domain?.defaultSystemPrompt ?? Self.genericSystemPrompt
        if let path = llm.systemPrompt {
            do {
                template = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ScenarioError(file: config.file, line: nil, key: "brain.llm.systemPrompt", message: "cannot read \(path)")
            }
        }
        let today = domain?.today
        let settings = ChatCompletionsClient.Settings(baseURL: llm.baseURL, model: llm.model, apiKey: key, temperature: llm.temperature,
                                                      maxTokens: llm.maxTokens, timeoutMs: llm.timeoutMs)
        return (ChatCompletionsClient(settings: settings, transport: transport),
                LLMBrain.Settings(systemPrompt: SystemPrompt.render(template, today: today), fallbackMessage: config.fallbackMessage,
                                  measuredLatency: llm.latency == .measured, handoffTool: handoffTool))
    }

    /// The instructions of a model brain whose agent has no backend and names no prompt file.
    static let genericSystemPrompt = """
        You are a friendly voice assistant on a phone line. Keep every reply short: one or two spoken \
        sentences, no lists, no markdown. A message in parentheses is a note from the phone system, not the caller.
        """
}
