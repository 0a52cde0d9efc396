/// What a carrier session asks its socket to do.
public enum CarrierAction: Sendable, Equatable {
    /// Send this message to the agent.
    case send(WireMessage)
    /// Close the socket (after `stop`).
    case close
}
