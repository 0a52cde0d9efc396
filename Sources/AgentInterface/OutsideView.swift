import SimTime

/// What a scorer can see of an agent that runs elsewhere: only what crossed the line —
/// the agent's audio arriving, its marks and clears, the connection — never its
/// recognizer, brain or tools. Times are on the call's clock.
public struct OutsideView: Sendable {
    /// Problems on the line that fail the call: the agent could not be reached, broke the
    /// protocol, or dropped the connection. Each is one line naming the cause.
    public var failures: [String]
    /// When the agent's audio began arriving after the playout queue had run empty: the
    /// start of each burst of replies as the socket delivered it.
    public var audioStarts: [SimInstant]
    /// When `clear` messages arrived (the agent stopping its audio, for a barge-in).
    public var clears: [SimInstant]
    /// Phrases that mean the agent handed the caller to a person, when that is how an
    /// escalation shows.
    public var escalationPhrases: [String]
    /// How long the connection took (TCP to the end of the WebSocket handshake), ms.
    public var connectMs: Double?
    /// Marks the agent sent that were echoed (played or cleared).
    public var marksEchoed: Int
    /// How long each stretch lasted where the agent's audio ran out mid-utterance, ms.
    public var underrunsMs: [Double]
    /// Why the call never connected, nil when it did.
    public var unreachable: Unreachable?
    /// The protocol spoken (`twilio`, `telnyx`, `pcm16`) and the address, safe to print.
    public var protocolName: String
    public var address: String

    /// Creates a view.
    public init(failures: [String] = [], audioStarts: [SimInstant] = [], clears: [SimInstant] = [], escalationPhrases: [String] = [],
                connectMs: Double? = nil, marksEchoed: Int = 0, underrunsMs: [Double] = [], unreachable: Unreachable? = nil,
                protocolName: String, address: String) {
        self.failures = failures
        self.audioStarts = audioStarts
        self.clears = clears
        self.escalationPhrases = escalationPhrases
        self.connectMs = connectMs
        self.marksEchoed = marksEchoed
        self.underrunsMs = underrunsMs
        self.unreachable = unreachable
        self.protocolName = protocolName
        self.address = address
    }

    /// Stretches where the agent's audio ran out mid-utterance.
    public var underruns: Int { underrunsMs.count }

    /// Why a call never connected.
    public enum Unreachable: String, Sendable {
        /// The connection or the WebSocket handshake was refused (or failed outright).
        case refused
        /// No handshake in time.
        case timeout
    }
}
