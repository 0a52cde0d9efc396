import SimTime

/// What the simulated caller actually said: the ground truth every metric is measured
/// against (caller clock).
public struct SpokenTurn: Sendable, Codable {
    /// Why the caller spoke.
    public enum Kind: String, Sendable, Codable {
        case say, audio, answer, hello, backchannel, dtmf
    }

    /// The scenario turn it came from (nil for an unscripted "hello?").
    public var index: Int?
    public var kind: Kind
    /// The words, the reference for WER.
    public var text: String
    /// First speech sample.
    public var start: SimInstant
    /// Last speech sample.
    public var end: SimInstant
    /// Speech stretches (a mid-sentence pause splits a turn in two).
    public var segments: [Segment]
    /// Spoken over the agent on purpose.
    public var bargeIn: Bool
    /// The slot it answered, for reactive turns.
    public var answered: String?
    /// Line in the scenario file.
    public var sourceLine: Int?

    /// A stretch of speech.
    public struct Segment: Sendable, Codable, Equatable {
        public var start: SimInstant
        public var end: SimInstant
    }
}
