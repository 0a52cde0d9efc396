/// What one call of a load test gives the aggregation: its level, whether and how it
/// failed, how long setup took, and the caller's measurements.
public struct LoadCallSample: Sendable, Equatable {
    /// The index of the level the call started at.
    public var step: Int
    /// Why it failed, nil when it ran to its end.
    public var failure: LoadFailureCause?
    /// Socket open to the first agent audio or the stream's greeting, ms (nil if it never got there).
    public var setupMs: Double?
    /// TTFA of every reply, ms.
    public var ttfaMs: [Double]
    /// Barge-in stop time of every barge-in, ms.
    public var bargeInStopMs: [Double]
    /// Whether the scenario completed.
    public var completed: Bool
    /// The silence each underrun left, ms.
    public var underrunMs: [Double]
    /// How late each of the call's 20 ms ticks ran, ms: the harness's own pacing.
    public var tickLatenessMs: [Double]

    /// Creates a sample.
    public init(step: Int, failure: LoadFailureCause? = nil, setupMs: Double? = nil, ttfaMs: [Double] = [], bargeInStopMs: [Double] = [],
                completed: Bool = false, underrunMs: [Double] = [], tickLatenessMs: [Double] = []) {
        self.step = step
        self.failure = failure
        self.setupMs = setupMs
        self.ttfaMs = ttfaMs
        self.bargeInStopMs = bargeInStopMs
        self.completed = completed
        self.underrunMs = underrunMs
        self.tickLatenessMs = tickLatenessMs
    }
}
