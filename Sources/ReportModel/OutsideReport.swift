/// What a call to an agent that runs elsewhere showed from outside, and what it could not.
public struct OutsideReport: Codable, Sendable {
    /// The protocol spoken (`twilio`, `telnyx`, `pcm16`).
    public var `protocol`: String
    /// The agent's address, without credentials or query.
    public var address: String
    /// How long the connection took (TCP to the end of the WebSocket handshake), ms.
    public var connectMs: Double?
    /// Marks the agent sent that were echoed back to it.
    public var marksEchoed: Int
    /// `clear` messages the agent sent.
    public var clears: Int
    /// Stretches where the agent's audio ran out mid-utterance.
    public var underruns: Int
    /// The silence those stretches left in all, ms.
    public var underrunMs: Double?
    /// Why the call never connected (`refused`, `timeout`), nil when it did.
    public var unreachable: String?
    /// P99 of how late the harness's 20 ms ticks ran in this call, ms: above 5 ms the
    /// harness, not the agent, is what limits the call's timing.
    public var pacingP99Ms: Double?
    /// What the report cannot say about this call because only the line is observed
    /// (the agent's recognizer, end-of-turn decision, brain, tools and backend).
    public var notObservable: [String]

    /// Creates a value from its parts.
    public init(protocol: String, address: String, connectMs: Double?, marksEchoed: Int, clears: Int, underruns: Int, notObservable: [String],
                underrunMs: Double? = nil, unreachable: String? = nil, pacingP99Ms: Double? = nil) {
        self.protocol = `protocol`
        self.address = address
        self.connectMs = connectMs
        self.marksEchoed = marksEchoed
        self.clears = clears
        self.underruns = underruns
        self.underrunMs = underrunMs
        self.unreachable = unreachable
        self.pacingP99Ms = pacingP99Ms
        self.notObservable = notObservable
    }
}

/// Where a reply's time-to-first-audio went, as far as the line shows it, ms; the three
/// add up to the TTFA.
public struct OutsideStages: Codable, Sendable, Equatable {
    /// The caller's last speech to the moment it left on the socket (the line model's delay).
    public var transportIn: Double
    /// From then to the first audio of the reply arriving on the socket: everything the
    /// agent did (end of turn, recognition, brain, tools, synthesis), and the network.
    public var agent: Double
    /// From its arrival to the caller's ear: playout behind queued audio and the line back.
    public var playoutAndTransportOut: Double

    /// Creates a value from its parts.
    public init(transportIn: Double, agent: Double, playoutAndTransportOut: Double) {
        self.transportIn = transportIn
        self.agent = agent
        self.playoutAndTransportOut = playoutAndTransportOut
    }
}
