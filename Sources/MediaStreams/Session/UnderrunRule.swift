import SimTime

/// When a gap in the agent's audio is an underrun — audio that arrived slower than real
/// time, so the caller heard a stutter — rather than the pause after an utterance.
///
/// The queue *runs dry* when playback needs a sample and none is queued, right after
/// playing the agent's audio. The dry spell ends when the agent's audio plays again. It
/// is an underrun when all of these hold:
/// 1. the agent did not mark the end: no mark was queued at the point the audio ran out,
///    nor did one arrive during the gap (agents mark the end of what they meant to say);
/// 2. no `clear` came during the gap (a barge-in, not a stutter);
/// 3. the audio did not trail off: the last 20 ms played before the gap had an RMS level
///    of at least `minimumLevel` (speech synthesis ends an utterance in silence, so a cut
///    in sound means the audio ran out mid-word);
/// 4. the gap is at most `maximumGap` long (a longer silence is a pause between turns).
///
/// Its duration is the silence the caller heard: from the instant the last queued sample
/// finished to the start of the frame that played the next one. A cut that happens to
/// fall in a quiet moment between words is missed by (3): underruns are a lower bound.
public struct UnderrunRule: Sendable, Equatable {
    /// The RMS level (full scale 1) below which the audio before a gap counts as trailing off.
    public var minimumLevel: Float
    /// The longest gap that is still a stutter.
    public var maximumGap: SimDuration

    /// Creates a rule (defaults: −40 dBFS, 1 s).
    public init(minimumLevel: Float = 0.01, maximumGap: SimDuration = .milliseconds(1000)) {
        self.minimumLevel = minimumLevel
        self.maximumGap = maximumGap
    }
}
