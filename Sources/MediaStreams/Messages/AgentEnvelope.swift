/// An agent message as decoded from the wire: the stream it names and any problem with
/// it that did not stop it from being understood.
public struct AgentEnvelope: Sendable, Equatable {
    /// The stream the message names (nil when the dialect's messages carry none).
    public var streamID: String?
    /// The message.
    public var message: AgentMessage
    /// What was wrong with it but still let it be played (a payload that looks like
    /// linear PCM rather than μ-law, say): the carrier would play it all the same.
    public var problems: [MediaStreamError]

    /// Creates an envelope.
    public init(streamID: String?, message: AgentMessage, problems: [MediaStreamError] = []) {
        self.streamID = streamID
        self.message = message
        self.problems = problems
    }
}
