import SimTime

/// Maps caller-clock times to when that audio reached the agent, from the frames the
/// caller→agent line actually played (so jitter, buffering and loss are included).
struct ArrivalMap {
    let arrivals: [Int64: Int64]
    static let frame: Int64 = 20_000

    /// When the caller's sample at `time` was heard by the agent; for a lost frame, the
    /// next frame that arrived stands in.
    func agentTime(_ time: SimInstant) -> SimInstant? {
        let start = time.microseconds / Self.frame * Self.frame
        for k in 0..<50 {
            let frameStart = start + Int64(k) * Self.frame
            if let played = arrivals[frameStart] {
                return SimInstant(microseconds: played + (time.microseconds - start))
            }
        }
        return nil
    }
}
