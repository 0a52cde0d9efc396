/// Everything that shapes the in-process agent's turn-taking, independent of its engines.
public struct PipelineConfig: Sendable {
    /// Voice-activity detection.
    public var vad = VADConfig()
    /// End-of-turn detection.
    public var endpointing = EndpointingConfig()
    /// Barge-in handling.
    public var interruption = InterruptionConfig()
    /// Shortest sentence sent to TTS on its own.
    public var sentenceMinLength = 10
    /// TTS speaking rate.
    public var ttsRate = 1.0
    /// How long the agent waits for the caller after it finished speaking before the
    /// brain's no-input prompt.
    public var noInputTimeoutMs = 8000
    /// Emergency phrases handled before the brain, if any.
    public var emergency: EmergencyConfig?
    /// The line's sample rate: frames in and out are at this rate.
    public var lineSampleRate = 16000

    /// The default configuration.
    public init() {}
}
