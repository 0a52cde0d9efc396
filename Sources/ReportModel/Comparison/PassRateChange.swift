/// A repeated scenario's pass rate in the baseline and in the candidate.
public struct PassRateChange: Codable, Sendable, Equatable {
    /// The scenario id.
    public var scenario: String
    /// Its verdict in the baseline.
    public var baseline: ScenarioVerdict
    /// Its verdict in the candidate.
    public var candidate: ScenarioVerdict

    /// Creates a change.
    public init(scenario: String, baseline: ScenarioVerdict, candidate: ScenarioVerdict) {
        self.scenario = scenario
        self.baseline = baseline
        self.candidate = candidate
    }

    /// "9/10 → 4/10".
    public var text: String { "\(baseline.passed)/\(baseline.runs) → \(candidate.passed)/\(candidate.runs)" }
}
