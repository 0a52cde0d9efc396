/// The agent's speech synthesizer.
public struct TTSConfig: Sendable, Equatable {
    /// Voice, `engine/name` (`flite/slt`; `http/alloy` for the service in `service`).
    public var voice: String
    /// Speaking-rate factor (0.5…2).
    public var rate: Double
    /// The `/audio/speech` service, for `http/…` voices.
    public var service: SpeechServiceConfig?

    /// Creates a synthesizer configuration.
    public init(voice: String = "flite/slt", rate: Double = 1, service: SpeechServiceConfig? = nil) {
        self.voice = voice
        self.rate = rate
        self.service = service
    }
}
