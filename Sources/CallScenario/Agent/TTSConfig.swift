/// The agent's speech synthesizer.
public struct TTSConfig: Sendable, Equatable {
    /// Voice, `engine/name` (`flite/slt`).
    public var voice: String
    /// Speaking-rate factor (0.5…2).
    public var rate: Double

    /// Creates a synthesizer configuration.
    public init(voice: String = "flite/slt", rate: Double = 1) {
        self.voice = voice
        self.rate = rate
    }
}
