import SimTime

/// One level of a load test: how many calls are in flight at once, and for how long the
/// level is held — a number of calls, a stretch of time, or (neither given) every
/// scenario once and at least one call per slot.
public struct LoadStep: Sendable, Equatable, Codable {
    /// Calls in flight at once (the cap, in an open-loop test).
    public var concurrency: Int
    /// Calls started at this level, if the level is held for a number of calls.
    public var calls: Int?
    /// How long calls keep starting at this level, if it is held for a time.
    public var duration: SimDuration?

    /// Creates a step.
    public init(concurrency: Int, calls: Int? = nil, duration: SimDuration? = nil) {
        self.concurrency = concurrency
        self.calls = calls
        self.duration = duration
    }

    /// Calls started at this level when it is held for a count: the count given, else
    /// every one of `scenarios` once and at least one call per slot. nil when the level
    /// is held for a time only.
    public func callCount(scenarios: Int) -> Int? {
        if let calls { return calls }
        if duration != nil { return nil }
        return max(concurrency, scenarios)
    }
}
