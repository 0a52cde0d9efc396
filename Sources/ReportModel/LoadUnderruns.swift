/// The stutter a load level made the caller hear: gaps where the agent's audio arrived
/// slower than real time (the carrier session's underruns), over the level's calls.
public struct LoadUnderruns: Codable, Sendable, Equatable {
    /// Underruns at this level.
    public var count: Int
    /// Silence they left, ms, summed over the level.
    public var totalMs: Double
    /// Calls that heard at least one.
    public var calls: Int
    /// Underruns per connected call, on average.
    public var perCall: Double?
    /// Silence per connected call, ms, on average.
    public var msPerCall: Double?
    /// The most silence one call heard, ms.
    public var maxMsPerCall: Double?

    /// Creates a value from its parts.
    public init(count: Int, totalMs: Double, calls: Int, perCall: Double?, msPerCall: Double?, maxMsPerCall: Double?) {
        self.count = count
        self.totalMs = totalMs
        self.calls = calls
        self.perCall = perCall
        self.msPerCall = msPerCall
        self.maxMsPerCall = maxMsPerCall
    }
}
