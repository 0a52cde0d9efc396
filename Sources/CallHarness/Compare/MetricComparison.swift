/// One run-level metric of a baseline and a candidate run, side by side.
public struct MetricComparison: Codable, Sendable, Equatable {
    /// The metrics compared, in table order.
    public enum Metric: String, Codable, Sendable, CaseIterable {
        case completionRate, escalationAccuracy, ttfaP50, ttfaP95, eotP95, wer, bargeInStopP95, cutIns, falseBargeIns

        /// The name shown in tables.
        public var label: String {
            switch self {
            case .completionRate: "completion"
            case .escalationAccuracy: "escalation accuracy"
            case .ttfaP50: "TTFA P50"
            case .ttfaP95: "TTFA P95"
            case .eotP95: "EOT P95"
            case .wer: "WER"
            case .bargeInStopP95: "barge-in stop P95"
            case .cutIns: "cut-ins"
            case .falseBargeIns: "false barge-ins"
            }
        }

        /// What the numbers are.
        public var unit: Unit {
            switch self {
            case .completionRate, .escalationAccuracy, .wer: .fraction
            case .ttfaP50, .ttfaP95, .eotP95, .bargeInStopP95: .milliseconds
            case .cutIns, .falseBargeIns: .count
            }
        }

        /// True when a larger value is better.
        public var higherIsBetter: Bool { self == .completionRate || self == .escalationAccuracy }
    }

    /// The unit of a metric's values.
    public enum Unit: String, Codable, Sendable {
        /// A rate from 0 to 1, shown as a percentage; changes are percentage points.
        case fraction
        /// Milliseconds.
        case milliseconds
        /// A whole number of events.
        case count
    }

    /// What the comparison found.
    public enum Status: String, Codable, Sendable {
        /// The values are equal.
        case same
        /// The candidate is better.
        case better
        /// The candidate is worse, but no gate rule applies or the change is within its threshold.
        case worse
        /// The change exceeds its threshold but the candidate lies inside the baseline's
        /// confidence interval, so it is not told apart from noise.
        case withinNoise
        /// The change fails the gate.
        case regression
        /// One side has no value.
        case unavailable
    }

    /// Which metric.
    public var metric: Metric
    /// The baseline's value.
    public var baseline: Double?
    /// The candidate's value.
    public var candidate: Double?
    /// Candidate minus baseline, in the metric's unit (a fraction for rates).
    public var change: Double?
    /// The change relative to the baseline, percent (nil when the baseline is zero or missing).
    public var changePct: Double?
    /// The baseline's bootstrap 95% confidence interval, [low, high], when the rule uses one.
    public var baselineCI: [Double]?
    /// True when a gate rule applies to this metric.
    public var gated: Bool
    /// The finding.
    public var status: Status
    /// Why, when the status needs explaining.
    public var note: String?

    /// Creates a row from the two values; the status is `same`, `better`, `worse` or
    /// `unavailable` until a gate rule refines it.
    public init(_ metric: Metric, baseline: Double?, candidate: Double?, gated: Bool = false) {
        self.metric = metric
        self.baseline = baseline
        self.candidate = candidate
        self.gated = gated
        guard let baseline, let candidate else {
            status = .unavailable
            return
        }
        let difference = candidate - baseline
        change = difference
        changePct = baseline == 0 ? nil : difference / baseline * 100
        if abs(difference) < Self.tolerance {
            status = .same
        } else {
            status = (difference > 0) == metric.higherIsBetter ? .better : .worse
        }
    }

    /// Differences smaller than this count as none (report values are rounded).
    static let tolerance = 1e-9
}
