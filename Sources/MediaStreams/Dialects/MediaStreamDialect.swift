/// One carrier's media-stream protocol: how the common carrier and agent messages look
/// on its socket, both ways. The harness plays the carrier (it encodes carrier messages
/// and decodes the agent's); `callharness serve` plays the agent (the other two). Each
/// carrier is a small adapter beside Twilio's; the session knows none of them.
public protocol MediaStreamDialect: Sendable {
    /// The protocol's name in an agent's configuration (`twilio`, `telnyx`, `pcm16`).
    var name: String { get }
    /// The audio both directions carry.
    var format: MediaAudioFormat { get }
    /// Whether an agent's messages must name the stream (Twilio's `streamSid`); a message
    /// that names none is then ignored as an error.
    var agentMessagesNameStream: Bool { get }
    /// Whether a `clear` sends back the marks it dropped, as Twilio and Telnyx do (Plivo
    /// and Vonage confirm the clear once and never echo what was dropped).
    var echoesClearedMarks: Bool { get }
    /// Whether the stream opens with a `start` message; without one (raw PCM) the call
    /// begins when the socket opens, and without marks it ends when the agent closes it.
    var announcesStart: Bool { get }

    /// The carrier message on the wire, nil when the dialect has no such message (a raw
    /// PCM stream has no `start`).
    func encode(_ envelope: CarrierEnvelope) -> WireMessage?
    /// A carrier message from the wire (the agent's side of the socket).
    func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope
    /// The agent message on the wire, nil when the dialect has no such message.
    func encode(_ envelope: AgentEnvelope) -> WireMessage?
    /// An agent message from the wire (the carrier's side of the socket).
    func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope
}

public extension MediaStreamDialect {
    /// Twilio's rule: a clear echoes the marks it drops.
    var echoesClearedMarks: Bool { true }
    /// Every carrier's rule but raw PCM's: the stream opens with `start`.
    var announcesStart: Bool { true }
}
