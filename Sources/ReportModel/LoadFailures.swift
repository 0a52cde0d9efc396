/// Calls of a load level that failed, by cause. A call counts once, under its first cause.
public struct LoadFailures: Codable, Sendable, Equatable {
    /// The agent refused the connection (TCP refused or reset, or the handshake answered
    /// with an HTTP error).
    public private(set) var refused: Int
    /// No handshake, or no answer, within the timeout.
    public private(set) var timeout: Int
    /// The agent closed the socket, or it failed, before the caller hung up.
    public private(set) var closedMidCall: Int
    /// The call connected but the agent never spoke.
    public private(set) var noGreeting: Int
    /// Every failed call.
    public private(set) var total: Int

    /// Creates counts.
    public init(refused: Int = 0, timeout: Int = 0, closedMidCall: Int = 0, noGreeting: Int = 0) {
        self.refused = refused
        self.timeout = timeout
        self.closedMidCall = closedMidCall
        self.noGreeting = noGreeting
        total = refused + timeout + closedMidCall + noGreeting
    }
}
