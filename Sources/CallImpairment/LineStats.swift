/// What a line did to a call's packets.
public struct LineStats: Sendable, Equatable, Codable {
    /// Packets sent.
    public var sent = 0
    /// Packets dropped by the loss model.
    public var lost = 0
    /// Packets that arrived after their playout time (discarded).
    public var late = 0
    /// Frames the receiver had to conceal (lost + late + underruns).
    public var concealed = 0
    /// Frames played from real packets.
    public var played = 0
    /// Sum of (playout − send) over played frames, µs, for the mean added delay.
    var delaySum: Int64 = 0

    /// Mean delay a played frame spent between send and playout, ms.
    public var meanDelayMs: Double { played == 0 ? 0 : Double(delaySum) / Double(played) / 1000 }

    /// Creates empty statistics.
    public init() {}

    enum CodingKeys: String, CodingKey { case sent, lost, late, concealed, played, meanDelayMs }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sent = try c.decode(Int.self, forKey: .sent)
        lost = try c.decode(Int.self, forKey: .lost)
        late = try c.decode(Int.self, forKey: .late)
        concealed = try c.decode(Int.self, forKey: .concealed)
        played = try c.decode(Int.self, forKey: .played)
        delaySum = Int64((try c.decode(Double.self, forKey: .meanDelayMs)) * 1000 * Double(played))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sent, forKey: .sent)
        try c.encode(lost, forKey: .lost)
        try c.encode(late, forKey: .late)
        try c.encode(concealed, forKey: .concealed)
        try c.encode(played, forKey: .played)
        try c.encode((meanDelayMs * 1000).rounded() / 1000, forKey: .meanDelayMs)
    }
}
