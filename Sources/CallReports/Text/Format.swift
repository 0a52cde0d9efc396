import Foundation

/// How the reports write numbers: fixed decimals, no locale, a dash for a missing value.
enum Format {
    /// Shown for a value the run does not have.
    static let missing = "—"

    /// Milliseconds, whole: `1795 ms`.
    static func ms(_ value: Double?) -> String {
        value.map { String(format: "%.0f ms", $0) } ?? missing
    }

    /// A rate as a percentage with one decimal: `92.3%`.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? missing
    }

    /// A rate as a whole percentage: `95%`.
    static func wholePercent(_ value: Double) -> String {
        String(format: "%.0f%%", value * 100)
    }

    /// Seconds with one decimal: `605.5 s`.
    static func seconds(_ value: Double) -> String {
        String(format: "%.1f s", value)
    }

    /// A bootstrap interval in milliseconds: `1714–1930 ms`; nil without one.
    static func interval(_ bounds: [Double]?) -> String? {
        guard let bounds, bounds.count == 2 else { return nil }
        return String(format: "%.0f–%.0f ms", bounds[0], bounds[1])
    }

    /// A number as briefly as it is exact: `42`, `0.1538`, `1794.7`.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A time on a call in seconds with one decimal, for tables and tooltips: `12.3 s`.
    static func callTime(_ ms: Double) -> String {
        String(format: "%.1f s", ms / 1000)
    }

    /// A time on a call with millisecond precision, for tooltips: `12.345 s`.
    static func preciseCallTime(_ ms: Double) -> String {
        String(format: "%.3f s", ms / 1000)
    }
}
