import VoicePipeline

/// The agent under test: its pipeline settings, brain, backend and latency profile.
public struct AgentConfig: Sendable, Equatable {
    /// The default reply when the brain fails.
    public static let defaultFallbackMessage = "I'm sorry, I'm having trouble right now. Let me transfer you to a colleague."

    /// The agent's name.
    public var name: String
    /// What the agent is.
    public var description: String?
    /// The resolved latency profile.
    public var latency: LatencyProfile
    /// What the agent says when the brain fails.
    public var fallbackMessage: String
    /// Extra words for the recognizer.
    public var vocabulary: [String]
    /// Voice-activity detection.
    public var vad: VADConfig
    /// End-of-turn detection.
    public var endpointing: EndpointingConfig
    /// Barge-in handling.
    public var interruption: InterruptionConfig
    /// Speech recognition.
    public var stt: STTConfig
    /// Speech synthesis.
    public var tts: TTSConfig
    /// Sentence splitting before synthesis.
    public var sentenceBuffer: SentenceBufferConfig
    /// What decides replies and tool calls.
    public var brain: BrainConfig
    /// The backend tools act on, or nil for an agent without tools.
    public var backend: BackendConfig?
    /// Safety rules.
    public var guardrails: GuardrailConfig
    /// Tools the agent file declares (in front of any its backend's domain has in Swift).
    public var tools: [ToolConfig] = []
    /// The agent file (absolute path; empty when built in code).
    public var file: String
    /// Where the agent runs when it runs elsewhere, reached over a media-stream socket
    /// (nil: the in-process pipeline these settings describe).
    public var external: ExternalAgentConfig? = nil

    /// Creates an agent configuration.
    public init(name: String, description: String? = nil, latency: LatencyProfile = .init(), fallbackMessage: String = Self.defaultFallbackMessage,
                vocabulary: [String] = [], vad: VADConfig = .init(), endpointing: EndpointingConfig = .init(),
                interruption: InterruptionConfig = .init(), stt: STTConfig = .init(), tts: TTSConfig = .init(),
                sentenceBuffer: SentenceBufferConfig = .init(), brain: BrainConfig = .flow(path: ""), backend: BackendConfig? = nil,
                guardrails: GuardrailConfig = .init(), file: String = "") {
        self.name = name
        self.description = description
        self.latency = latency
        self.fallbackMessage = fallbackMessage
        self.vocabulary = vocabulary
        self.vad = vad
        self.endpointing = endpointing
        self.interruption = interruption
        self.stt = stt
        self.tts = tts
        self.sentenceBuffer = sentenceBuffer
        self.brain = brain
        self.backend = backend
        self.guardrails = guardrails
        self.file = file
    }

    /// True when the same seed gives the same timings: no latency-profile stage is
    /// `measured`, and an llm brain is charged the profile's latency rather than the
    /// network's. (A model's replies may still vary between runs.)
    public var isReproducible: Bool {
        if external != nil { return false }
        if case .llm(let llm) = brain, llm.latency == .measured { return false }
        return latency.isReproducible
    }
}
