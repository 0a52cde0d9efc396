/// How many calls the harness can pace at once on this machine: the most calls in flight
/// before the jitter of its own 20 ms sends exceeds the limit at P99.
public struct HarnessCeiling: Codable, Sendable, Equatable {
    /// The most calls in flight whose send jitter P99 stayed within `limitMs` (0 when even
    /// one call exceeded it).
    public var calls: Int
    /// The jitter limit, ms (5).
    public var limitMs: Double
    /// The highest level tried; the ceiling may lie above it when `calls` equals it.
    public var triedUpTo: Int
    /// Send jitter P99 at each level tried.
    public var levels: [Level]

    /// One level the ceiling was measured at.
    public struct Level: Codable, Sendable, Equatable {
        /// Calls paced at once.
        public var calls: Int
        /// P99 of how late their 20 ms sends went out, ms.
        public var jitterP99Ms: Double

        /// Creates a value from its parts.
        public init(calls: Int, jitterP99Ms: Double) {
            self.calls = calls
            self.jitterP99Ms = jitterP99Ms
        }
    }

    /// Creates a value from its parts.
    public init(calls: Int, limitMs: Double, triedUpTo: Int, levels: [Level]) {
        self.calls = calls
        self.limitMs = limitMs
        self.triedUpTo = triedUpTo
        self.levels = levels
    }
}
