import SimTime

/// One reply of the agent, with the timestamps of every stage that led to its first audio.
public struct AgentReply: Sendable {
    /// Why the agent spoke.
    public enum Trigger: String, Sendable, Codable {
        case greeting, callerTurn, noInput, emergency
    }

    /// Sequence number within the call (1, 2, …).
    public let id: Int
    /// Why it was produced.
    public let trigger: Trigger
    /// The caller utterance it answers, for `callerTurn` and `emergency`.
    public let utteranceID: Int?
    /// The full text the brain produced.
    public var text: String
    /// The intent recognized in the caller's turn.
    public var intent: String?

    /// The final transcript was available (the brain started).
    public var brainStart: SimInstant
    /// The first token of the text that became the first spoken sentence.
    public var firstToken: SimInstant?
    /// Tool time spent before that first token.
    public var toolTimeBeforeFirstToken: SimDuration = .zero
    /// Model time (time-to-first-token of each model call) before that first token.
    public var modelTimeBeforeFirstToken: SimDuration = .zero
    /// The first sentence was complete and sent to TTS.
    public var firstSentence: SimInstant?
    /// The first synthesized audio was ready for playout.
    public var firstAudio: SimInstant?
    /// The first frame of this reply left the agent.
    public var playoutStart: SimInstant?
    /// The last frame of this reply left the agent.
    public var playoutEnd: SimInstant?
    /// The caller interrupted it at this time (agent side).
    public var interruptedAt: SimInstant?
    /// Cancelled before any audio went out (the caller went on speaking).
    public var cancelled = false
    /// Sentences sent to TTS, in order.
    public var sentences: [String] = []
    /// Seconds of audio played.
    public var playedSamples = 0

    /// Creates a reply that started at `brainStart`.
    public init(id: Int, trigger: Trigger, utteranceID: Int?, brainStart: SimInstant) {
        self.id = id
        self.trigger = trigger
        self.utteranceID = utteranceID
        self.brainStart = brainStart
        self.text = ""
    }
}
