/// The gate's decision: pass, or the regressions that fail it.
public struct GateVerdict: Codable, Sendable, Equatable {
    /// True when nothing fails the gate.
    public var passed: Bool { regressions.isEmpty }
    /// One line per regression.
    public var regressions: [String]

    /// Creates a verdict from its regressions.
    public init(regressions: [String]) {
        self.regressions = regressions
    }

    private enum CodingKeys: String, CodingKey { case passed, regressions }

    /// Decodes a verdict (the `passed` key is derived and ignored).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        regressions = try container.decode([String].self, forKey: .regressions)
    }

    /// Encodes `passed` alongside the regressions, for scripts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(passed, forKey: .passed)
        try container.encode(regressions, forKey: .regressions)
    }
}
