import SimTime

/// A stutter: the agent's audio ran out in the middle of an utterance, and the caller
/// heard silence until more arrived (see `UnderrunRule` for what counts).
public struct Underrun: Sendable, Equatable {
    /// When the last queued sample finished playing.
    public var start: SimInstant
    /// How long the caller heard nothing before the agent's audio went on.
    public var duration: SimDuration

    /// Creates an underrun.
    public init(start: SimInstant, duration: SimDuration) {
        self.start = start
        self.duration = duration
    }
}
