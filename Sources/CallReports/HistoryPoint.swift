import ReportModel

/// One earlier run's headline numbers, for the trend lines of report.html.
public struct HistoryPoint: Codable, Sendable, Equatable {
    /// The run's identifier in the history store.
    public var runId: String
    /// When the run started (ISO 8601).
    public var startedAt: String
    /// TTFA P95 in ms; nil when the run had no replies.
    public var ttfaP95Ms: Double?
    /// Calls whose task expectations all held, over all calls.
    public var completionRate: Double
    /// Corpus word error rate.
    public var wer: Double

    /// A point from its numbers.
    public init(runId: String, startedAt: String, ttfaP95Ms: Double?, completionRate: Double, wer: Double) {
        self.runId = runId
        self.startedAt = startedAt
        self.ttfaP95Ms = ttfaP95Ms
        self.completionRate = completionRate
        self.wer = wer
    }

    /// The point of a whole report.
    public init(runId: String, report: RunReport) {
        self.init(runId: runId, startedAt: report.startedAt, ttfaP95Ms: report.summary.ttfaMs.p95,
                  completionRate: report.summary.completionRate, wer: report.summary.wer)
    }
}
