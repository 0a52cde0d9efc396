/// report.json's `replay`: the replayed recording, the original and the new agent's
/// timing turn by turn, and where the new agent diverges from the original.
public struct ReplayReport: Codable, Sendable, Equatable {
    /// The recording replayed.
    public var recording: String
    /// Channels in the recording (1: caller only; 2: caller and original agent).
    public var channels: Int
    /// The channel played as the caller.
    public var callerChannel: Int
    /// The recording's own sample rate.
    public var sampleRate: Int
    /// Length of the recording, ms.
    public var durationMs: Double
    /// Where the caller's turns came from: `vad` (detected), `transcript` (detected, words
    /// from the transcript's lines) or `transcript-times` (the JSON transcript's times).
    public var turnSource: String
    /// Where the call's seed came from.
    public var seedSource: String
    /// Normalized word overlap (Dice) below which a reply counts as saying something else.
    public var wordOverlapThreshold: Double
    /// Things worth knowing that are not divergences: a transcript whose line count does
    /// not match the turns, large timing changes.
    public var notes: [String]
    /// The opening (index 0, before the caller's first word) and every caller turn.
    public var turns: [ReplayTurn]
    /// Where the new agent behaves differently from the original (empty for a mono
    /// recording, which has no original agent to compare with).
    public var divergences: [ReplayDivergence]

    /// Creates a value from its parts.
    public init(recording: String, channels: Int, callerChannel: Int, sampleRate: Int, durationMs: Double, turnSource: String, seedSource: String, wordOverlapThreshold: Double, notes: [String], turns: [ReplayTurn], divergences: [ReplayDivergence]) {
        self.recording = recording
        self.channels = channels
        self.callerChannel = callerChannel
        self.sampleRate = sampleRate
        self.durationMs = durationMs
        self.turnSource = turnSource
        self.seedSource = seedSource
        self.wordOverlapThreshold = wordOverlapThreshold
        self.notes = notes
        self.turns = turns
        self.divergences = divergences
    }
}

/// One caller turn of a replay and the replies that followed it. Index 0 is the opening:
/// what the agent said before the caller's first word.
public struct ReplayTurn: Codable, Sendable, Equatable {
    /// 0 for the opening, then 1, 2, … for the caller's turns.
    public var index: Int
    /// Start of the caller's speech, ms from the start of the recording (0 for the opening).
    public var startMs: Double
    /// End of the caller's speech, ms (0 for the opening).
    public var endMs: Double
    /// The reference words, when a transcript gave them.
    public var text: String?
    /// What the original agent did after this turn (stereo recordings only).
    public var original: ReplayReply?
    /// What the new agent did after this turn.
    public var new: ReplayReply?
    /// New TTFA minus original TTFA, ms, when both replied.
    public var ttfaChangeMs: Double?
    /// Dice overlap of the original's recognized words and the new reply's text.
    public var wordOverlap: Double?

    /// Creates a value from its parts.
    public init(index: Int, startMs: Double, endMs: Double, text: String? = nil, original: ReplayReply? = nil, new: ReplayReply? = nil, ttfaChangeMs: Double? = nil, wordOverlap: Double? = nil) {
        self.index = index
        self.startMs = startMs
        self.endMs = endMs
        self.text = text
        self.original = original
        self.new = new
        self.ttfaChangeMs = ttfaChangeMs
        self.wordOverlap = wordOverlap
    }
}

/// The agent speech that followed a caller turn (until the end of the next turn).
public struct ReplayReply: Codable, Sendable, Equatable {
    /// First speech, ms from the start of the call.
    public var startMs: Double
    /// Last speech, ms from the start of the call.
    public var endMs: Double
    /// From the end of the caller's turn to the first speech, ms (from the call's start
    /// for the opening).
    public var ttfaMs: Double
    /// The words: recognized from the recording for the original agent, the reply text
    /// for the new one.
    public var text: String
    /// How long the agent spoke while the caller was speaking in the next turn, ms.
    public var overCallerMs: Double

    /// Creates a value from its parts.
    public init(startMs: Double, endMs: Double, ttfaMs: Double, text: String, overCallerMs: Double) {
        self.startMs = startMs
        self.endMs = endMs
        self.ttfaMs = ttfaMs
        self.text = text
        self.overCallerMs = overCallerMs
    }
}

/// One place where the new agent behaves differently.
public struct ReplayDivergence: Codable, Sendable, Equatable {
    /// `talksOverCaller`, `differentTurn` or `differentWords`.
    public var kind: String
    /// The caller turn it concerns (0 for the opening).
    public var turn: Int
    /// One line saying what differs.
    public var message: String

    /// Creates a value from its parts.
    public init(kind: String, turn: Int, message: String) {
        self.kind = kind
        self.turn = turn
        self.message = message
    }
}
