import Foundation
import ReportModel

extension MetricComparison {
    /// A value of the metric as the reports write it ("92.5%", "1840 ms", "3", "4.2 s");
    /// a dash for none.
    public func format(_ value: Double?) -> String {
        guard let value else { return "–" }
        return switch metric.unit {
        case .fraction: String(format: "%.1f%%", value * 100)
        case .milliseconds: String(format: "%.0f ms", value)
        case .count: NumberText.number(value)
        case .seconds: String(format: "%.1f s", value)
        }
    }

    /// The change with its sign: "+86 ms (+3.6%)", "−1.2 pts", "+1", "+0.4 s"; a dash when
    /// a side is missing.
    public var formattedChange: String {
        guard let change else { return "–" }
        switch metric.unit {
        case .fraction:
            return NumberText.signed(change * 100, digits: 1) + " pts"
        case .milliseconds:
            let relative = changePct.map { " (" + NumberText.signed($0, digits: 1) + "%)" } ?? ""
            return NumberText.signed(change, digits: 0) + " ms" + relative
        case .count:
            return NumberText.signed(change, digits: 0)
        case .seconds:
            return NumberText.signed(change, digits: 1) + " s"
        }
    }

    /// The finding in a word or two ("ok", "better", "REGRESSION", "ok (within noise)").
    public var verdictText: String {
        switch status {
        case .same: gated ? "ok" : "same"
        case .better: "better"
        case .worse: gated ? "ok (within threshold)" : "worse"
        case .withinNoise: "ok (within noise)"
        case .regression: "REGRESSION"
        case .unavailable: "n/a"
        case .changed: "changed"
        }
    }

    /// True when the candidate is worse, whether or not the gate fails on it.
    public var isWorse: Bool { status == .worse || status == .regression || status == .withinNoise }
}
