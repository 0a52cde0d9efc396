/// How the agent ended the call.
public enum EndReason: Sendable, Equatable {
    /// The agent said goodbye and hung up.
    case hangUp
    /// The agent handed the caller to a human.
    case transfer(reason: String, summary: String)
    /// The line failed before either side hung up: the agent could not be reached, or its
    /// connection dropped mid-call (an agent reached over a socket); `why` says how.
    case lineDropped(why: String)
}
