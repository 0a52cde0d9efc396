/// One level of a load test: the latency the caller met, how calls failed, and the
/// stutter it heard, over the calls started at that level.
public struct LoadStepReport: Codable, Sendable, Equatable {
    /// Calls in flight at once (the cap, in an open-loop test).
    public var concurrency: Int
    /// Calls started at this level.
    public var calls: Int
    /// Calls that connected and ran to their end.
    public var connected: Int
    /// Calls whose scenario completed (every `expect` held).
    public var completed: Int
    /// `completed` over `calls` (nil with no calls).
    public var completionRate: Double?
    /// TTFA over every reply at this level, ms, with bootstrap 95% intervals of P50, P95 and P99.
    public var ttfaMs: LatencyStats
    /// P95 of the barge-in stop time at this level, ms.
    public var bargeInStopMsP95: Double?
    /// Barge-ins measured.
    public var bargeIns: Int
    /// Call setup (socket open to the first agent audio or the stream's greeting), ms.
    public var setupMs: LatencyStats
    /// Calls that failed, by cause.
    public var failures: LoadFailures
    /// Gaps in the agent's audio heard as stutter.
    public var underruns: LoadUnderruns
    /// P99 of how late the harness's own 20 ms ticks ran over every call of the level, ms:
    /// above the harness's limit (5 ms) the level measures the harness, not the agent.
    public var harnessJitterP99Ms: Double?

    /// Creates a value from its parts.
    public init(concurrency: Int, calls: Int, connected: Int, completed: Int, completionRate: Double?, ttfaMs: LatencyStats,
                bargeInStopMsP95: Double?, bargeIns: Int, setupMs: LatencyStats, failures: LoadFailures, underruns: LoadUnderruns,
                harnessJitterP99Ms: Double? = nil) {
        self.concurrency = concurrency
        self.calls = calls
        self.connected = connected
        self.completed = completed
        self.completionRate = completionRate
        self.ttfaMs = ttfaMs
        self.bargeInStopMsP95 = bargeInStopMsP95
        self.bargeIns = bargeIns
        self.setupMs = setupMs
        self.failures = failures
        self.underruns = underruns
        self.harnessJitterP99Ms = harnessJitterP99Ms
    }
}
