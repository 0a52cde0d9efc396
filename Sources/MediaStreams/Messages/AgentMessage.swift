/// What the agent sends the carrier, in the terms every dialect shares.
public enum AgentMessage: Sendable, Equatable {
    /// Audio to play to the caller, queued behind what is already queued (Twilio `media`).
    case media([Int16])
    /// A named position in the queued audio, echoed back when playback reaches it (Twilio `mark`).
    case mark(name: String)
    /// Drop everything queued and echo the pending marks (Twilio `clear`).
    case clear

    /// The event's name as Twilio spells it, for error texts and logs.
    public var eventName: String {
        switch self {
        case .media: "media"
        case .mark: "mark"
        case .clear: "clear"
        }
    }
}
