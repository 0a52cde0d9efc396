/// A span of simulated time in integer microseconds.
public struct SimDuration: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Length in microseconds.
    public var microseconds: Int64

    /// Creates a duration from microseconds.
    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// No time at all.
    public static let zero = SimDuration(microseconds: 0)

    /// A duration of whole milliseconds.
    public static func milliseconds(_ ms: Int) -> SimDuration { SimDuration(microseconds: Int64(ms) * 1000) }

    /// A duration of fractional milliseconds, rounded to the microsecond.
    public static func milliseconds(_ ms: Double) -> SimDuration { SimDuration(microseconds: Int64((ms * 1000).rounded())) }

    /// A duration of fractional seconds, rounded to the microsecond.
    public static func seconds(_ s: Double) -> SimDuration { SimDuration(microseconds: Int64((s * 1_000_000).rounded())) }

    /// The duration of `frames` samples at `sampleRate`, rounded to the microsecond.
    public static func samples(_ frames: Int, rate sampleRate: Int) -> SimDuration {
        SimDuration(microseconds: (Int64(frames) * 1_000_000 + Int64(sampleRate) / 2) / Int64(sampleRate))
    }

    /// Milliseconds, as a double (for reports).
    public var milliseconds: Double { Double(microseconds) / 1000 }

    /// Seconds, as a double (for reports).
    public var seconds: Double { Double(microseconds) / 1_000_000 }

    public static func < (a: SimDuration, b: SimDuration) -> Bool { a.microseconds < b.microseconds }
    public static func + (a: SimDuration, b: SimDuration) -> SimDuration { SimDuration(microseconds: a.microseconds + b.microseconds) }
    public static func - (a: SimDuration, b: SimDuration) -> SimDuration { SimDuration(microseconds: a.microseconds - b.microseconds) }
    public static func * (a: SimDuration, n: Int) -> SimDuration { SimDuration(microseconds: a.microseconds * Int64(n)) }

    public var description: String { "\(milliseconds) ms" }

    public init(from decoder: any Decoder) throws { microseconds = try decoder.singleValueContainer().decode(Int64.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(microseconds)
    }
}
