/// One thing the simulated caller does: speak, play a recording, answer a question,
/// stay silent, backchannel or press keys, with optional timing modifiers.
public struct CallerTurn: Sendable, Equatable {
    /// What the turn does.
    public enum Kind: Sendable, Equatable {
        /// Synthesize and say this text.
        case say(String)
        /// Play a recording (absolute path), with its reference transcript when known.
        case audio(path: String, transcript: String?)
        /// Reactive: say the answer for a slot when the agent asks for it.
        case answers([String: String])
        /// Stay silent this long, in milliseconds.
        case wait(ms: Int)
        /// Say this while the agent is talking, this long after it starts.
        case backchannel(String, afterAgentStartMs: Int)
        /// Press these keys (0-9, *, #).
        case dtmf(String)
    }

    /// A silence inside the turn.
    public struct Pause: Sendable, Equatable {
        /// Pause after this many words (synthesized turns), or nil.
        public var afterWord: Int?
        /// Pause at this offset into the turn's audio, in milliseconds, or nil.
        public var atMs: Int?
        /// How long to stay silent, in milliseconds.
        public var ms: Int

        /// Creates a pause; give exactly one of `afterWord` and `atMs`.
        public init(afterWord: Int? = nil, atMs: Int? = nil, ms: Int = 1000) {
            self.afterWord = afterWord
            self.atMs = atMs
            self.ms = ms
        }
    }

    /// Speak over the agent instead of waiting for it to finish.
    public struct BargeIn: Sendable, Equatable {
        /// Start this long after the agent starts talking, in milliseconds.
        public var afterAgentStartMs: Int

        /// Creates a barge-in.
        public init(afterAgentStartMs: Int = 0) {
            self.afterAgentStartMs = afterAgentStartMs
        }
    }

    /// What the turn does.
    public var kind: Kind
    /// Voice for this turn instead of the caller's.
    public var voice: String?
    /// Speaking rate for this turn instead of the caller's.
    public var rate: Double?
    /// Reaction delay for this turn instead of the caller's, in milliseconds.
    public var reactionMs: Int?
    /// A silence inside the turn.
    public var pause: Pause?
    /// Talk over the agent.
    public var bargeIn: BargeIn?
    /// A filler ("um") said before the turn.
    public var hesitation: String?
    /// The turn's line in its scenario file (0 when built in code).
    public var line: Int

    /// Creates a turn.
    public init(kind: Kind, voice: String? = nil, rate: Double? = nil, reactionMs: Int? = nil, pause: Pause? = nil,
                bargeIn: BargeIn? = nil, hesitation: String? = nil, line: Int = 0) {
        self.kind = kind
        self.voice = voice
        self.rate = rate
        self.reactionMs = reactionMs
        self.pause = pause
        self.bargeIn = bargeIn
        self.hesitation = hesitation
        self.line = line
    }
}
