import Foundation

/// Calls started a second in an open-loop load test (`--rate 2/s`, `120/m`, `0.5`).
public struct ArrivalRate: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The highest rate accepted: the harness cannot start more calls than this.
    public static let maximumPerSecond = 1000.0

    /// Mean arrivals a second.
    public var perSecond: Double

    /// Creates a rate.
    public init(perSecond: Double) {
        self.perSecond = perSecond
    }

    /// The rate in `text`: a positive number, optionally `/s`, `/m` or `/h`.
    public static func parse(_ text: String, flag: String = "--rate") throws(LoadPlanError) -> ArrivalRate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let per: Double
        switch parts.count == 2 ? parts[1].lowercased() : "s" {
        case "s", "sec", "second": per = 1
        case "m", "min", "minute": per = 60
        case "h", "hour": per = 3600
        default: throw .badValue(flag, text, "the unit after / is s, m or h (as in 2/s or 120/m)")
        }
        guard let count = parts.first.flatMap({ Double($0) }), count.isFinite, count > 0 else {
            throw .badValue(flag, text, "a rate is a positive number of calls per s, m or h (as in 2/s)")
        }
        let rate = count / per
        guard rate <= maximumPerSecond else {
            throw .badValue(flag, text, "at most \(Int(maximumPerSecond)) calls a second")
        }
        return ArrivalRate(perSecond: rate)
    }

    public var description: String { "\(NumberFormat.compact(perSecond))/s" }
}

/// Numbers without a trailing `.0`.
enum NumberFormat {
    /// `value` with up to three decimals and none when it is whole.
    static func compact(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
