import SimTime

/// One caller utterance as the agent perceived it: its speech segment, transcript and
/// the time of each decision.
public struct CallerUtterance: Sendable {
    /// Sequence number within the call.
    public let id: Int
    /// Start of speech as the VAD placed it (agent clock).
    public var speechStart: SimInstant
    /// End of the last speech frame (agent clock).
    public var speechEnd: SimInstant
    /// When the endpointer decided the turn was over.
    public var endOfTurn: SimInstant?
    /// When the final transcript was available.
    public var finalAt: SimInstant?
    /// The final transcript.
    public var transcript = ""
    /// The last partial transcript.
    public var partial = ""
    /// Keypad digits (DTMF) heard during it; when present they are the transcript.
    public var keyed = ""
    /// Whether it began while the agent was speaking.
    public var duringAgentSpeech: Bool
    /// Whether it interrupted the agent.
    public var interrupted = false
    /// What became of it.
    public var outcome: Outcome = .open

    /// What became of an utterance.
    public enum Outcome: String, Sendable, Codable {
        /// Still being heard.
        case open
        /// Sent to the brain.
        case answered
        /// Too short: a click or a noise burst.
        case tooShort
        /// An acknowledgement while the agent talked, ignored.
        case backchannel
        /// Nothing was recognized.
        case empty
        /// Merged into the next utterance (the caller went on after a pause).
        case merged
    }

    /// Creates an utterance whose speech began at `speechStart`.
    public init(id: Int, speechStart: SimInstant, duringAgentSpeech: Bool) {
        self.id = id
        self.speechStart = speechStart
        self.speechEnd = speechStart
        self.duringAgentSpeech = duringAgentSpeech
    }
}
