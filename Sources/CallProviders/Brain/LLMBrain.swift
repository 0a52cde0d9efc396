import AgentTools
import VoicePipeline

/// The agent's brain as an OpenAI-compatible chat model with tools: keeps the
/// conversation, sends it after each caller turn, runs the tools the model calls and
/// sends their results back until the model answers in words.
///
/// With measured latency, each response carries the measured time to the first output
/// of every model call (retries and back-off included), which the pipeline charges in
/// place of the latency profile. A failed or timed-out call gives the agent's fallback
/// line and a transfer to a human.
///
/// The brain is where the model's answers meet the pipeline, and the pipeline knows no
/// secrets: everything it hands over (what the agent says, tool calls and their results,
/// a hand-off's reason, the error that stopped it) has the API key masked, however the
/// model spelled it.
public final class LLMBrain: ResponseGenerating {
    /// How the brain behaves.
    public struct Settings: Sendable, Equatable {
        /// The system prompt.
        public var systemPrompt: String
        /// What the agent says when the model fails, before handing off.
        public var fallbackMessage: String
        /// True to report the measured timing of model calls (`latency: measured`).
        public var measuredLatency: Bool
        /// The most model calls in one turn (tool rounds included).
        public var maxRounds: Int
        /// The tool whose successful call hands the caller to a person, if any.
        public var handoffTool: String?

        /// Creates settings.
        public init(systemPrompt: String, fallbackMessage: String, measuredLatency: Bool = false, maxRounds: Int = 5,
                    handoffTool: String? = nil) {
            self.systemPrompt = systemPrompt
            self.fallbackMessage = fallbackMessage
            self.measuredLatency = measuredLatency
            self.maxRounds = max(1, maxRounds)
            self.handoffTool = handoffTool
        }
    }

    /// What the model is told when the caller has been silent.
    public static let silenceNote = "(The caller has said nothing for several seconds.)"
    /// What the model is told when there was sound but no words could be made of it.
    public static let noiseNote = "(The line is noisy: for several seconds nothing the caller said could be understood.)"
    /// The settings.
    public let settings: Settings
    let client: ChatCompletionsClient
    let tools: any ToolProviding
    /// Masks the API key.
    let redactor: Redactor
    /// The conversation so far, the system prompt first.
    public internal(set) var messages: [ChatMessage]
    /// A problem of the run's setup (a call missing from the cassette) that stopped the
    /// brain; the call should fail with it.
    public internal(set) var stopError: ProviderError?

    /// Creates a brain asking `client` and running `tools`.
    public init(client: ChatCompletionsClient, tools: any ToolProviding, settings: Settings) {
        self.client = client
        self.tools = tools
        self.settings = settings
        self.redactor = Redactor(client.settings.apiKey.map { [$0] } ?? [])
        self.messages = [.system(settings.systemPrompt)]
    }

    /// The model greets the caller; the conversation holds only the system prompt.
    public func greet() -> BrainResponse { turn() }

    /// Adds the caller's words and runs a turn.
    public func respond(to transcript: String) -> BrainResponse {
        messages.append(.user(transcript))
        return turn()
    }

    /// Tells the model the caller is silent and runs a turn.
    public func noInput(heardSound: Bool) -> BrainResponse {
        messages.append(.user(heardSound ? Self.noiseNote : Self.silenceNote))
        return turn()
    }

    /// The conversation so far.
    public func snapshot() -> BrainSnapshot { BrainSnapshot(messages) }

    /// Puts back a saved conversation.
    public func restore(_ snapshot: BrainSnapshot) {
        if let saved = snapshot.get([ChatMessage].self) { messages = saved }
    }
}

extension LLMBrain: RunStopping {
    public var stoppingError: (any Error)? { stopError }
}
