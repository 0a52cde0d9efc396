/// Calls of a load level that failed, by cause. A call counts once, under its first cause.
public struct LoadFailures: Codable, Sendable, Equatable {
    /// The agent refused the connection (TCP refused or reset, or the handshake answered
    /// with an HTTP error).
    public var refused: Int
    /// No handshake, or no answer, within the timeout.
    public var timeout: Int
    /// The agent closed the socket, or it failed, before the caller hung up.
    public var closedMidCall: Int
    /// The call connected but the agent never spoke.
    public var noGreeting: Int

    /// Creates counts.
    public init(refused: Int = 0, timeout: Int = 0, closedMidCall: Int = 0, noGreeting: Int = 0) {
        self.refused = refused
        self.timeout = timeout
        self.closedMidCall = closedMidCall
        self.noGreeting = noGreeting
    }

    /// Every failed call.
    public var total: Int { refused + timeout + closedMidCall + noGreeting }

    private enum CodingKeys: String, CodingKey { case refused, timeout, closedMidCall, noGreeting, total }

    /// Decodes the counts (`total` is derived and ignored).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        refused = try container.decode(Int.self, forKey: .refused)
        timeout = try container.decode(Int.self, forKey: .timeout)
        closedMidCall = try container.decode(Int.self, forKey: .closedMidCall)
        noGreeting = try container.decode(Int.self, forKey: .noGreeting)
    }

    /// Encodes the counts and their total, for scripts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(refused, forKey: .refused)
        try container.encode(timeout, forKey: .timeout)
        try container.encode(closedMidCall, forKey: .closedMidCall)
        try container.encode(noGreeting, forKey: .noGreeting)
        try container.encode(total, forKey: .total)
    }
}
