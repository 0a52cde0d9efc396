/// When the agent decides the caller has finished their turn.
public struct EndpointingConfig: Sendable, Equatable {
    /// Silence after speech that ends a turn, in milliseconds.
    public var minSilenceMs: Int
    /// The longest the endpointer waits for more speech, in milliseconds (≥ `minSilenceMs`).
    public var maxSilenceMs: Int

    /// Creates an endpointing configuration.
    public init(minSilenceMs: Int = 500, maxSilenceMs: Int = 3000) {
        self.minSilenceMs = minSilenceMs
        self.maxSilenceMs = maxSilenceMs
    }
}
