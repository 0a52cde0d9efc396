/// When a caller's turn counts as finished (an agent file's `endpointing`).
public struct EndpointingConfig: Sendable, Equatable {
    /// Silence after speech that ends a turn.
    public var minSilenceMs: Int
    /// Silence allowed when the words so far look unfinished ("my name is …").
    public var maxSilenceMs: Int

    /// Creates a configuration (defaults 500 ms and 3000 ms, like LiveKit's).
    public init(minSilenceMs: Int = 500, maxSilenceMs: Int = 3000) {
        self.minSilenceMs = minSilenceMs
        self.maxSilenceMs = max(minSilenceMs, maxSilenceMs)
    }
}
