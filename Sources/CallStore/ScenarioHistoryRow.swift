/// One scenario's call in one recorded run.
public struct ScenarioHistoryRow: Sendable, Equatable, Codable {
    /// The run's id.
    public var runID: Int64
    /// Wall-clock start of the run (ISO 8601).
    public var startedAt: String
    /// The run's source commit.
    public var gitCommit: String?
    /// False when the run was interrupted.
    public var runComplete: Bool
    /// The scenario id.
    public var scenario: String
    /// Every expectation and budget held.
    public var passed: Bool
    /// Every task expectation held.
    public var completed: Bool
    /// The agent handed the call to a human.
    public var escalated: Bool
    /// How the call ended.
    public var endedBy: String
    /// The call's word error rate.
    public var wer: Double
    /// The call's TTFA P50, ms.
    public var ttfaP50Ms: Double?
    /// The call's TTFA P95, ms.
    public var ttfaP95Ms: Double?
    /// Why the call failed.
    public var failures: [String]
}
