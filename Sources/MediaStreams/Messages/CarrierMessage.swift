/// What the carrier (the harness, playing the phone network) tells the agent, in the
/// terms every dialect shares. A dialect turns it into its own wire form.
public enum CarrierMessage: Sendable, Equatable {
    /// The socket is open; the protocol's greeting (Twilio `connected`).
    case connected
    /// The stream begins (Twilio `start`).
    case start(StreamStart)
    /// The caller's audio (Twilio `media` on the inbound track).
    case media(MediaChunk)
    /// A keypad digit the caller pressed (Twilio `dtmf`).
    case dtmf(digit: String)
    /// A mark the agent sent, echoed because playback reached it or a clear dropped it.
    case mark(name: String)
    /// The stream ends: the caller hung up (Twilio `stop`).
    case stop(accountID: String, callID: String)
    /// The carrier emptied its queue at the agent's request (Plivo `clearedAudio`,
    /// Vonage `websocket:cleared`); Twilio and Telnyx confirm a clear with its marks only.
    case cleared

    /// The event's name as Twilio spells it, for error texts and logs.
    public var eventName: String {
        switch self {
        case .connected: "connected"
        case .start: "start"
        case .media: "media"
        case .dtmf: "dtmf"
        case .mark: "mark"
        case .stop: "stop"
        case .cleared: "cleared"
        }
    }
}
