/// One sweep cell in one recorded run.
public struct SweepCellHistoryRow: Sendable, Equatable, Codable {
    /// The run's id.
    public var runID: Int64
    /// Wall-clock start of the run (ISO 8601).
    public var startedAt: String
    /// The run's source commit.
    public var gitCommit: String?
    /// The cell, `axis=value,…`.
    public var cell: String
    /// Calls of the cell in that run.
    public var calls: Int
    /// Calls that passed.
    public var passed: Int
    /// Calls whose task expectations held, over the cell's calls.
    public var completionRate: Double?
    /// Corpus WER of the cell.
    public var wer: Double?
    /// TTFA P95 of the cell, ms.
    public var ttfaP95Ms: Double?
}
