import CallProviders
import CallScenario
import Foundation

/// The secrets an agent file names — API keys in environment variables — read when the
/// agent is prepared, never written anywhere.
enum AgentSecrets {
    /// The endpoint of a speech service configured at `key` (`stt.http`, `tts.http`).
    static func endpoint(_ service: SpeechServiceConfig, key: String, config: AgentConfig, cassette: CassetteMode) throws -> SpeechEndpoint {
        SpeechEndpoint(baseURL: service.baseURL, model: service.model,
                       apiKey: try apiKey(service.apiKeyEnv, key: key, config: config, cassette: cassette), timeoutMs: service.timeoutMs)
    }

    /// The API key in the environment variable `variable` named at `key`; nil without a
    /// variable, and when replaying a cassette (which needs no key).
    static func apiKey(_ variable: String?, key: String, config: AgentConfig, cassette: CassetteMode) throws -> String? {
        guard let variable, cassette.isLive else { return nil }
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
            throw ScenarioError(file: config.file, line: nil, key: key + ".apiKeyEnv", message: "the environment variable \(variable) is not set")
        }
        return value
    }
}
