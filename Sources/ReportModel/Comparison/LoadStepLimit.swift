/// A gate on one level of a load test: the candidate's TTFA P95 at `concurrency` calls
/// in flight may not exceed a fixed number of milliseconds, nor grow beyond a percentage
/// of the baseline's P95 at the same level.
public struct LoadStepLimit: Codable, Sendable, Equatable {
    /// The level, in calls in flight.
    public var concurrency: Int
    /// Largest allowed TTFA P95 at that level, ms.
    public var maxTtfaP95Ms: Double?
    /// Largest allowed TTFA P95 increase over the baseline's at that level, percent.
    public var maxTtfaP95RegressionPct: Double?

    /// Creates a limit.
    public init(concurrency: Int, maxTtfaP95Ms: Double? = nil, maxTtfaP95RegressionPct: Double? = nil) {
        self.concurrency = concurrency
        self.maxTtfaP95Ms = maxTtfaP95Ms
        self.maxTtfaP95RegressionPct = maxTtfaP95RegressionPct
    }
}
