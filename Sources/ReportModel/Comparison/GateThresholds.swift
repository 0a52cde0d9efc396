/// How much worse a candidate run may be than its baseline before the gate fails.
public struct GateThresholds: Codable, Sendable, Equatable {
    /// The YAML keys of a thresholds file, in the order they are documented.
    public static let keys = ["maxTtfaP95RegressionPct", "maxCompletionDropPct", "maxWerIncreasePts", "allowNewlyFailing", "loadSteps"]

    /// Largest allowed TTFA P95 increase, percent of the baseline's P95.
    public var maxTtfaP95RegressionPct: Double
    /// Largest allowed completion-rate drop, percentage points.
    public var maxCompletionDropPct: Double
    /// Largest allowed corpus WER increase, percentage points.
    public var maxWerIncreasePts: Double
    /// Whether calls that passed in the baseline may fail in the candidate.
    public var allowNewlyFailing: Bool
    /// Limits on TTFA P95 at named levels of a load test (none unless given).
    public var loadSteps: [LoadStepLimit]? = nil

    /// Creates thresholds; the defaults are TTFA P95 +10%, no completion drop, WER +2
    /// points and no newly failing calls.
    public init(maxTtfaP95RegressionPct: Double = 10, maxCompletionDropPct: Double = 0, maxWerIncreasePts: Double = 2,
                allowNewlyFailing: Bool = false) {
        self.maxTtfaP95RegressionPct = maxTtfaP95RegressionPct
        self.maxCompletionDropPct = maxCompletionDropPct
        self.maxWerIncreasePts = maxWerIncreasePts
        self.allowNewlyFailing = allowNewlyFailing
    }
}
