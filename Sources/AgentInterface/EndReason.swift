/// How the agent ended the call.
public enum EndReason: Sendable, Equatable {
    /// The agent said goodbye and hung up.
    case hangUp
    /// The agent handed the caller to a human.
    case transfer(reason: String, summary: String)
}
