/// Why a call of a load test failed, in the causes the report counts.
public enum LoadFailureCause: String, Sendable, Equatable, CaseIterable {
    /// The agent refused the connection.
    case refused
    /// No handshake, or no answer, in time.
    case timeout
    /// The agent closed the socket, or it failed, before the caller hung up.
    case closedMidCall
    /// The call connected and the agent never spoke.
    case noGreeting

    /// Whether the call never connected.
    public var isSetupFailure: Bool { self == .refused || self == .timeout }
}
