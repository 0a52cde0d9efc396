/// A scenario whose outcome differs between the baseline and the candidate.
public struct ScenarioChange: Codable, Sendable, Equatable {
    /// The scenario id.
    public var scenario: String
    /// Why the candidate's call failed (empty when it passed).
    public var failures: [String]

    /// Creates a change.
    public init(scenario: String, failures: [String]) {
        self.scenario = scenario
        self.failures = failures
    }
}
