/// One recorded run, as the history lists it.
public struct HistoryRow: Sendable, Equatable, Codable {
    /// The run's id in the history (increasing with time of recording).
    public var id: Int64
    /// Wall-clock start of the run (ISO 8601).
    public var startedAt: String
    /// The source commit, when the run was made inside a git repository.
    public var gitCommit: String?
    /// The agent's name.
    public var agentName: String
    /// SHA-256 of the agent file.
    public var agentFileHash: String?
    /// The latency profile's name.
    public var latencyProfile: String
    /// SHA-256 of the latency-profile file.
    public var latencyProfileHash: String?
    /// The run seed.
    public var seed: UInt64
    /// False when the run was interrupted.
    public var complete: Bool
    /// Calls recorded.
    public var calls: Int
    /// Calls that passed.
    public var passed: Int
    /// Calls whose task expectations held, over all calls.
    public var completionRate: Double
    /// Calls whose escalation matched the expectation, over all calls.
    public var escalationAccuracy: Double
    /// Corpus word error rate.
    public var wer: Double
    /// TTFA P50, ms.
    public var ttfaP50Ms: Double?
    /// TTFA P95, ms.
    public var ttfaP95Ms: Double?
    /// End-of-turn P95, ms.
    public var eotP95Ms: Double?
    /// Simulated call time, seconds.
    public var simulatedSeconds: Double
    /// Wall-clock time of the run, seconds.
    public var wallSeconds: Double
    /// Where the run's report.json was written.
    public var reportPath: String?
}
