/// How the agent reacts when the caller talks over it.
public struct InterruptionConfig: Sendable, Equatable {
    /// The default backchannel phrases, which do not interrupt.
    public static let defaultBackchannels = ["uh huh", "mm hmm", "okay", "ok", "yeah", "yes", "right", "sure", "got it", "i see"]

    /// Whether caller speech stops the agent's playout.
    public var enabled: Bool
    /// Caller speech must last this long to interrupt, in milliseconds.
    public var minInterruptionMs: Int
    /// Whether short acknowledgements ("uh huh") are let through without stopping.
    public var ignoreBackchannels: Bool
    /// The acknowledgements that do not interrupt.
    public var backchannels: [String]

    /// Creates an interruption configuration.
    public init(enabled: Bool = true, minInterruptionMs: Int = 500, ignoreBackchannels: Bool = true, backchannels: [String] = Self.defaultBackchannels) {
        self.enabled = enabled
        self.minInterruptionMs = minInterruptionMs
        self.ignoreBackchannels = ignoreBackchannels
        self.backchannels = backchannels
    }
}
