import Foundation

/// One run-level metric in a baseline and a candidate run, and whether it got better.
public struct MetricChange: Sendable, Equatable {
    /// Which way is better.
    public enum Direction: Sendable, Equatable {
        /// Latencies, error rates, counts of bad events.
        case lowerIsBetter
        /// Pass, completion and accuracy rates.
        case higherIsBetter
        /// Neither way is better (how often calls escalate).
        case neutral
    }

    /// How the value is written.
    public enum Unit: Sendable, Equatable {
        /// Milliseconds.
        case milliseconds
        /// A rate in 0…1, written as a percentage; changes in percentage points.
        case rate
        /// A count.
        case count
        /// Seconds.
        case seconds
    }

    /// What a change means.
    public enum Verdict: String, Sendable, Equatable {
        /// Worse than the baseline.
        case regression
        /// Better than the baseline.
        case improvement
        /// The same value.
        case unchanged
        /// A different value of a neutral metric.
        case changed
        /// One side has no value.
        case incomparable
    }

    /// The metric's name as the reports show it.
    public var name: String
    /// The value in the baseline run.
    public var baseline: Double?
    /// The value in the candidate run.
    public var candidate: Double?
    /// Which way is better.
    public var direction: Direction
    /// How the value is written.
    public var unit: Unit

    /// A change from its parts.
    public init(name: String, baseline: Double?, candidate: Double?, direction: Direction, unit: Unit) {
        self.name = name
        self.baseline = baseline
        self.candidate = candidate
        self.direction = direction
        self.unit = unit
    }

    /// candidate − baseline; nil when either is missing.
    public var delta: Double? {
        guard let baseline, let candidate else { return nil }
        return candidate - baseline
    }

    /// Regression, improvement, a change in a metric with no better side, or none.
    public var verdict: Verdict {
        guard let delta else { return baseline == nil && candidate == nil ? .unchanged : .incomparable }
        if delta == 0 { return .unchanged }
        switch direction {
        case .lowerIsBetter: return delta < 0 ? .improvement : .regression
        case .higherIsBetter: return delta > 0 ? .improvement : .regression
        case .neutral: return .changed
        }
    }

    /// The value written in the metric's unit.
    public func format(_ value: Double?) -> String {
        guard let value else { return Format.missing }
        switch unit {
        case .milliseconds: return Format.ms(value)
        case .rate: return Format.percent(value)
        case .count: return Format.number(value)
        case .seconds: return Format.seconds(value)
        }
    }

    /// The change written with its sign: `+86 ms (+3.6%)`, `−1.2 pp`, `+1`; a dash when
    /// either side is missing, `0` when nothing changed.
    public var formattedChange: String {
        guard let delta, let baseline else { return Format.missing }
        let sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"
        let size = abs(delta)
        switch unit {
        case .milliseconds:
            let relative = baseline != 0 ? " (" + sign + String(format: "%.1f%%", size / abs(baseline) * 100) + ")" : ""
            return sign + String(format: "%.0f ms", size) + relative
        case .rate: return sign + String(format: "%.1f pp", size * 100)
        case .count: return sign + Format.number(size)
        case .seconds: return sign + String(format: "%.1f s", size)
        }
    }
}
