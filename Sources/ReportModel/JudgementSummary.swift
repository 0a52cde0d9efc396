/// The judge criteria of a run's calls, counted by verdict.
public struct JudgementSummary: Codable, Sendable, Equatable {
    /// Criteria over all calls.
    public var criteria: Int
    public var passed: Int
    public var failed: Int
    public var notJudged: Int

    /// Creates a value from its parts.
    public init(criteria: Int, passed: Int, failed: Int, notJudged: Int) {
        self.criteria = criteria
        self.passed = passed
        self.failed = failed
        self.notJudged = notJudged
    }

    /// The counts of `judgements`; nil when there are none.
    public init?(_ judgements: [JudgementReport]) {
        guard !judgements.isEmpty else { return nil }
        self.init(criteria: judgements.count, passed: judgements.filter { $0.verdict == .pass }.count,
                  failed: judgements.filter { $0.verdict == .fail }.count, notJudged: judgements.filter { $0.verdict == .notJudged }.count)
    }
}
