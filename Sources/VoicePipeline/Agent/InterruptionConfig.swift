/// When caller speech during agent speech stops the agent (an agent file's `interruption`).
public struct InterruptionConfig: Sendable, Equatable {
    /// The default acknowledgements, which do not interrupt.
    public static let defaultBackchannels = ["uh huh", "mm hmm", "okay", "ok", "yeah", "yes", "right", "sure", "got it", "i see"]

    /// Whether the caller can interrupt at all.
    public var enabled: Bool
    /// Caller speech must last this long before the agent stops, in milliseconds.
    public var minInterruptionMs: Int
    /// Keep talking through short acknowledgements ("uh huh", "okay").
    public var ignoreBackchannels: Bool
    /// What counts as an acknowledgement (normalized words).
    public var backchannels: [String]

    /// Creates a configuration.
    public init(enabled: Bool = true, minInterruptionMs: Int = 500, ignoreBackchannels: Bool = true,
                backchannels: [String] = Self.defaultBackchannels) {
        self.enabled = enabled
        self.minInterruptionMs = minInterruptionMs
        self.ignoreBackchannels = ignoreBackchannels
        self.backchannels = backchannels
    }
}
