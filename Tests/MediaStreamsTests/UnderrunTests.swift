import SimTime
import Testing
@testable import MediaStreams

/// Underruns: the agent's audio running out mid-utterance, and what does not count.
@Suite("Playout underruns")
struct UnderrunTests {
    let agent = AgentScript(streamID: "MZ1")

    /// Plays `ticks` frames while the agent sends 20 ms of tone every `interval` from
    /// `start`, `frames` frames in all; returns the session.
    func stream(interval: SimDuration, frames: Int, ticks: Int, after last: ((inout CarrierSession, SimInstant) -> Void)? = nil) -> CarrierSession {
        var session = CarrierSession.twilio()
        var arrivals = (0..<frames).map { SimInstant.zero + interval * $0 }
        var clock = PlayoutClock()
        var sent = 0
        for _ in 0..<ticks {
            while let next = arrivals.first, next <= clock.time {
                _ = session.receive(agent.media(AgentScript.tone(160, from: sent * 160)), at: next)
                arrivals.removeFirst()
                sent += 1
                if sent == frames { last?(&session, next) }
            }
            _ = clock.tick(&session)
        }
        return session
    }

    @Test("audio sent at 0.8× real time stutters, and each gap is counted with the silence heard")
    func slowAgent() {
        let session = stream(interval: .milliseconds(25), frames: 40, ticks: 60)
        #expect(session.underruns.count >= 7)
        #expect(session.underruns.allSatisfy { $0.duration == .milliseconds(20) })
        let total = session.underruns.reduce(SimDuration.zero) { $0 + $1.duration }
        // 40 frames over 1 s of arrivals play in 50 ticks: about 10 ticks of silence in the middle.
        #expect(total >= .milliseconds(160) && total <= .milliseconds(220))
    }

    @Test("audio sent at the real rate, ahead of playout, never stutters")
    func realRate() {
        let session = stream(interval: .milliseconds(20), frames: 40, ticks: 60)
        #expect(session.underruns.isEmpty)
    }

    @Test("a gap after a mark at the end of the audio is a pause, not an underrun")
    func markedEnd() {
        var session = CarrierSession.twilio()
        var clock = PlayoutClock()
        _ = session.receive(agent.media(AgentScript.tone(800)), at: .zero)
        _ = session.receive(agent.mark("reply-1"), at: .zero)
        for _ in 0..<8 { _ = clock.tick(&session) }
        _ = session.receive(agent.media(AgentScript.tone(800)), at: clock.time)
        for _ in 0..<6 { _ = clock.tick(&session) }
        #expect(session.underruns.isEmpty)
    }

    @Test("a gap after audio that trailed off to silence is a pause, not an underrun")
    func quietEnd() {
        var session = CarrierSession.twilio()
        var clock = PlayoutClock()
        _ = session.receive(agent.media(AgentScript.tone(800) + [Int16](repeating: 0, count: 160)), at: .zero)
        for _ in 0..<8 { _ = clock.tick(&session) }
        _ = session.receive(agent.media(AgentScript.tone(800)), at: clock.time)
        for _ in 0..<6 { _ = clock.tick(&session) }
        #expect(session.underruns.isEmpty)
    }

    @Test("a cut in loud audio followed by more within the limit is an underrun; after a long silence it is a new turn")
    func gapLimit() {
        for (silentTicks, expected) in [(3, 1), (60, 0)] {
            var session = CarrierSession.twilio()
            var clock = PlayoutClock()
            _ = session.receive(agent.media(AgentScript.tone(320)), at: .zero)
            for _ in 0..<(2 + silentTicks) { _ = clock.tick(&session) }
            _ = session.receive(agent.media(AgentScript.tone(320)), at: clock.time)
            _ = clock.tick(&session)
            #expect(session.underruns.count == expected, "\(silentTicks) silent frames")
            if expected == 1 {
                #expect(session.underruns.first == Underrun(start: SimInstant(microseconds: 40_000), duration: .milliseconds(60)))
            }
        }
    }

    @Test("a clear during the gap is a barge-in, not an underrun")
    func clearedGap() {
        var session = CarrierSession.twilio()
        var clock = PlayoutClock()
        _ = session.receive(agent.media(AgentScript.tone(320)), at: .zero)
        for _ in 0..<3 { _ = clock.tick(&session) }
        _ = session.receive(agent.clear(), at: clock.time)
        _ = session.receive(agent.media(AgentScript.tone(320)), at: clock.time)
        _ = clock.tick(&session)
        #expect(session.underruns.isEmpty)
    }
}
