/// One of a call's judge criteria and what the judge decided, in report.json.
public struct JudgementReport: Codable, Sendable, Equatable {
    /// What the judge decided.
    public enum Verdict: String, Codable, Sendable, CaseIterable {
        /// The criterion holds.
        case pass
        /// It does not: the call fails.
        case fail
        /// No verdict (no judge given, the model failed, its reply unreadable): neither passes nor fails the call.
        case notJudged
    }

    /// The criterion, as the scenario states it.
    public var criterion: String
    public var verdict: Verdict
    /// Why, in one line.
    public var reason: String

    /// Creates a value from its parts.
    public init(criterion: String, verdict: Verdict, reason: String) {
        self.criterion = criterion
        self.verdict = verdict
        self.reason = reason
    }
}
