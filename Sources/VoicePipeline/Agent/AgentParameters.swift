/// Everything that shapes the agent's turn-taking, independent of its engines.
public struct AgentParameters: Sendable {
    /// Voice-activity detection.
    public var vad = VADParameters()
    /// End-of-turn detection.
    public var endpointing = EndpointingParameters()
    /// Barge-in handling.
    public var interruption = InterruptionParameters()
    /// Shortest sentence sent to TTS on its own.
    public var sentenceMinLength = 10
    /// TTS speaking rate.
    public var ttsRate = 1.0
    /// How long the agent waits for the caller after it finished speaking before the
    /// brain's no-input prompt.
    public var noInputTimeoutMs = 8000
    /// Emergency phrases handled before the brain, if any.
    public var emergency: EmergencyGuardrail?
    /// The line's sample rate: frames in and out are at this rate.
    public var lineSampleRate = 16000

    /// Default parameters.
    public init() {}
}

/// When caller speech during agent speech stops the agent.
public struct InterruptionParameters: Sendable {
    /// Whether the caller can interrupt at all.
    public var enabled = true
    /// Caller speech must last this long before the agent stops.
    public var minInterruptionMs = 500
    /// Keep talking through short acknowledgements ("uh huh", "okay").
    public var ignoreBackchannels = true
    /// What counts as an acknowledgement (normalized words).
    public var backchannels: [String] = ["uh huh", "mm hmm", "okay", "ok", "yeah", "yes", "right", "sure", "got it", "i see"]

    /// Default parameters.
    public init() {}
}

/// Deterministic safety net before the brain: emergency words get a fixed message and a
/// hand-off to staff, whatever the brain would have said.
public struct EmergencyGuardrail: Sendable {
    /// Phrases that trigger it (matched on normalized words).
    public var phrases: [String]
    /// What the agent says.
    public var message: String
    /// Whether the call is transferred to a human afterwards.
    public var transfer: Bool

    /// Creates a guardrail.
    public init(phrases: [String], message: String, transfer: Bool = true) {
        self.phrases = phrases
        self.message = message
        self.transfer = transfer
    }
}
