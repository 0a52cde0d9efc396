import CallImpairment
import SimTime

/// The `scripted` STT option: the caller's own words for an utterance, found by the time
/// its speech reached the agent. A text oracle for logic-only suites, never a default.
struct ScriptedTranscript {
    let caller: any CallerEndpoint
    let path: LinePath<SimInstant>

    /// The words of every caller turn whose speech, shifted by the line's delay, overlaps
    /// the agent-side segment `[start, end]`.
    func text(_ start: SimInstant, _ end: SimInstant) -> String {
        let shift = path.delay + path.depth + .milliseconds(40)
        let slack = SimDuration.milliseconds(300)
        return caller.spoken.filter { turn in
            turn.start + shift <= end + slack && turn.end + shift >= start - slack
        }.map(\.text).joined(separator: " ")
    }
}
