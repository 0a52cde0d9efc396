/// A point in simulated time: integer microseconds since the call began.
public struct SimInstant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Microseconds since the start of the simulation.
    public var microseconds: Int64

    /// Creates an instant from microseconds.
    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// The start of the simulation.
    public static let zero = SimInstant(microseconds: 0)

    /// Milliseconds, as a double (for reports).
    public var milliseconds: Double { Double(microseconds) / 1000 }

    /// Seconds, as a double (for reports).
    public var seconds: Double { Double(microseconds) / 1_000_000 }

    public static func < (a: SimInstant, b: SimInstant) -> Bool { a.microseconds < b.microseconds }
    public static func + (a: SimInstant, d: SimDuration) -> SimInstant { SimInstant(microseconds: a.microseconds + d.microseconds) }
    public static func - (a: SimInstant, d: SimDuration) -> SimInstant { SimInstant(microseconds: a.microseconds - d.microseconds) }
    public static func - (a: SimInstant, b: SimInstant) -> SimDuration { SimDuration(microseconds: a.microseconds - b.microseconds) }

    public var description: String { "\(Double(microseconds) / 1000) ms" }

    public init(from decoder: any Decoder) throws { microseconds = try decoder.singleValueContainer().decode(Int64.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(microseconds)
    }
}
