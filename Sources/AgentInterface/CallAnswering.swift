import SimTime

/// An agent under test as a phone line reaches it: audio frames in and out every 20 ms,
/// keypad digits, hang-up — and, once the call is over, what a scorer may observe of it.
/// The call loop talks to an agent through nothing else. The in-process `VoiceAgent` is
/// one implementation; an agent behind a telephony media-stream socket is another.
public protocol CallAnswering: AnyObject {
    /// The call connects: the agent may greet.
    func answer()
    /// The caller's audio for the 20 ms that began at `frameStart`, at the line's rate,
    /// delivered when the frame is complete.
    func receive(_ samples: [Float], frameStart: SimInstant)
    /// A keypad digit signalled out of band (a carrier's `dtmf` event) at `time`; an agent
    /// that hears the tones in the audio may ignore it.
    func receiveKeypad(_ digit: Character, at time: SimInstant)
    /// The agent's audio for the 20 ms that begins now.
    func nextFrame() -> AgentFrame
    /// The caller hung up at `time`.
    func callerHungUp(at time: SimInstant)
    /// How and when the agent ended the call, once it has.
    var ending: AgentEnding? { get }
    /// What a scorer may see of the call, once it is over.
    func observations() -> AgentObservations
}

/// How and when an agent ended a call.
public struct AgentEnding: Sendable, Equatable {
    /// How.
    public var reason: EndReason
    /// When, on the agent's side of the line.
    public var at: SimInstant

    /// Creates an ending.
    public init(reason: EndReason, at: SimInstant) {
        self.reason = reason
        self.at = at
    }
}
