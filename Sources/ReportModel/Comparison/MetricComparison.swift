/// One run-level metric of a baseline and a candidate run, side by side.
public struct MetricComparison: Codable, Sendable, Equatable {
    /// The metrics compared, in table order.
    public enum Metric: String, Codable, Sendable, CaseIterable {
        case passRate, completionRate, escalationRate, escalationAccuracy, ttfaP50, ttfaP95, eotP50, eotP95, wer, entityAccuracy
        case bargeInStopP95, cutIns, falseBargeIns, deadAirMax, talkOver

        /// The name shown in tables.
        public var label: String {
            switch self {
            case .passRate: "calls passed"
            case .completionRate: "completion"
            case .escalationRate: "escalation rate"
            case .escalationAccuracy: "escalation accuracy"
            case .ttfaP50: "TTFA P50"
            case .ttfaP95: "TTFA P95"
            case .eotP50: "EOT P50"
            case .eotP95: "EOT P95"
            case .wer: "WER"
            case .entityAccuracy: "entity accuracy"
            case .bargeInStopP95: "barge-in stop P95"
            case .cutIns: "cut-ins"
            case .falseBargeIns: "false barge-ins"
            case .deadAirMax: "longest dead air"
            case .talkOver: "talk-over"
            }
        }

        /// What the numbers are.
        public var unit: Unit {
            switch self {
            case .passRate, .completionRate, .escalationRate, .escalationAccuracy, .wer, .entityAccuracy: .fraction
            case .ttfaP50, .ttfaP95, .eotP50, .eotP95, .bargeInStopP95, .deadAirMax: .milliseconds
            case .cutIns, .falseBargeIns: .count
            case .talkOver: .seconds
            }
        }

        /// Which way is better.
        public var direction: Direction {
            switch self {
            case .passRate, .completionRate, .escalationAccuracy, .entityAccuracy: .higherIsBetter
            case .escalationRate: .neutral
            default: .lowerIsBetter
            }
        }

        /// True when a larger value is better.
        public var higherIsBetter: Bool { direction == .higherIsBetter }
    }

    /// Which way a metric is better.
    public enum Direction: String, Codable, Sendable {
        /// Latencies, error rates, counts of bad events.
        case lowerIsBetter
        /// Pass, completion and accuracy rates.
        case higherIsBetter
        /// Neither (how often calls escalate depends on the scenarios).
        case neutral
    }

    /// The unit of a metric's values.
    public enum Unit: String, Codable, Sendable {
        /// A rate from 0 to 1, shown as a percentage; changes are percentage points.
        case fraction
        /// Milliseconds.
        case milliseconds
        /// A whole number of events.
        case count
        /// Seconds.
        case seconds
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
        /// A different value of a metric with no better side.
        case changed
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
        } else if metric.direction == .neutral {
            status = .changed
        } else {
            status = (difference > 0) == metric.higherIsBetter ? .better : .worse
        }
    }

    /// Differences smaller than this count as none (report values are rounded).
    static let tolerance = 1e-9
}
