import Foundation
import CallAudio
import SimTime
import Testing
@testable import MediaStreams

/// The carrier's session: what it sends, how it plays the agent's audio, what it records.
@Suite("Carrier session")
struct CarrierSessionTests {
    let agent = AgentScript(streamID: "MZ1")

    @Test("connected, then start as 1, media numbered on with chunks from 1 and stream timestamps, dtmf, stop, close")
    func numbering() throws {
        var session = CarrierSession(dialect: TwilioDialect(), stream: StreamStart(accountID: "AC1", callID: "CA1", streamID: "MZ1"))
        let opened = session.open(at: SimInstant(microseconds: 40_000))
        #expect(opened.count == 2)
        guard case .send(let connected) = opened[0], case .send(let start) = opened[1] else { Issue.record("not sends"); return }
        #expect(JSONSample.members(connected)?["event"] as? String == "connected")
        #expect(JSONSample.members(connected)?["sequenceNumber"] == nil)
        #expect(JSONSample.members(start)?["sequenceNumber"] as? String == "1")

        var media: [[String: Any]] = []
        for index in 0..<5 {
            let frameStart = SimInstant(microseconds: 40_000 + Int64(index) * 20_000)
            let actions = session.callerAudio([Float](repeating: 0.1, count: 160), frameStart: frameStart)
            guard case .send(let wire)? = actions.first, let members = JSONSample.members(wire) else { Issue.record("no media"); return }
            media.append(members)
        }
        #expect(media.map { $0["sequenceNumber"] as? String } == ["2", "3", "4", "5", "6"])
        let bodies = media.map { $0["media"] as? [String: Any] ?? [:] }
        #expect(bodies.map { $0["chunk"] as? String } == ["1", "2", "3", "4", "5"])
        #expect(bodies.map { $0["timestamp"] as? String } == ["0", "20", "40", "60", "80"])
        #expect(bodies.allSatisfy { $0["track"] as? String == "inbound" && ($0["payload"] as? String)?.count == 216 })
        #expect(media.allSatisfy { $0["streamSid"] as? String == "MZ1" })

        let dtmf = session.keypad("#", at: SimInstant(microseconds: 150_000))
        guard case .send(let digit)? = dtmf.first else { Issue.record("no dtmf"); return }
        #expect(JSONSample.members(digit)?["sequenceNumber"] as? String == "7")
        #expect((JSONSample.members(digit)?["dtmf"] as? [String: Any])?["digit"] as? String == "#")

        let hangUp = session.callerHungUp(at: SimInstant(microseconds: 200_000))
        #expect(hangUp.count == 2 && hangUp.last == .close)
        guard case .send(let stop)? = hangUp.first else { Issue.record("no stop"); return }
        #expect(JSONSample.members(stop)?["event"] as? String == "stop")
        #expect(JSONSample.members(stop)?["sequenceNumber"] as? String == "8")
        #expect(session.ending?.cause == .callerHungUp)
        // Nothing more is sent once the stream stopped.
        #expect(session.callerAudio([0], frameStart: SimInstant(microseconds: 220_000)).isEmpty)
    }

    @Test("a media of one byte plays in the first frame, then silence")
    func oneByte() {
        var session = CarrierSession.twilio()
        _ = session.receive(agent.media([8000]), at: .zero)
        var clock = PlayoutClock()
        let first = clock.tick(&session)
        #expect(first.agentSamples == 1)
        #expect(first.samples.count == 160)
        #expect(first.samples[0] == PCM.float(MuLaw.decode(MuLaw.encode(8000))))
        #expect(first.samples[1...].allSatisfy { $0 == 0 })
        #expect(clock.tick(&session).agentSamples == 0)
    }

    @Test("seven seconds in one media play out at exactly the real rate: 350 whole frames, then silence")
    func sevenSeconds() {
        var session = CarrierSession.twilio()
        let audio = AgentScript.tone(56_000)
        _ = session.receive(agent.media(audio), at: .zero)
        #expect(session.queuedSamples == 56_000)
        var clock = PlayoutClock()
        var heard: [Float] = []
        var full = 0
        for _ in 0..<352 {
            let frame = clock.tick(&session)
            if frame.agentSamples == 160 { full += 1 }
            heard += frame.samples
        }
        #expect(full == 350)
        #expect(Array(heard.prefix(56_000)) == audio.map(PCM.float))
        #expect(heard.dropFirst(56_000).allSatisfy { $0 == 0 })
        #expect(session.maximumQueued == 56_000)
    }

    @Test("a mark is echoed at the first frame after the audio before it has played")
    func markOnPlayback() {
        var session = CarrierSession.twilio()
        _ = session.receive(agent.media(AgentScript.tone(400)), at: .zero)
        #expect(session.receive(agent.mark("end"), at: .zero).isEmpty)
        var clock = PlayoutClock()
        var echoedAt: [Int] = []
        for index in 0..<5 where clock.tick(&session).actions.contains(where: { $0.echoedMark == "end" }) { echoedAt.append(index) }
        // 400 samples: frames 0 and 1 whole, frame 2 half; the mark goes back with frame 3.
        #expect(echoedAt == [3])
        #expect(session.echoes.map(\.0) == ["end"])
        #expect(session.echoes.first?.1 == .played)
        #expect(session.echoes.first?.2 == SimInstant(microseconds: 60_000))
    }

    @Test("a mark with nothing queued or playing goes back at once; one while audio still plays waits for it")
    func markImmediately() {
        var session = CarrierSession.twilio()
        let immediate = session.receive(agent.mark("idle"), at: SimInstant(microseconds: 5_000))
        #expect(immediate.compactMap(\.echoedMark) == ["idle"])
        #expect(session.echoes.first?.1 == .immediately)

        _ = session.receive(agent.media(AgentScript.tone(160)), at: SimInstant(microseconds: 10_000))
        var clock = PlayoutClock(time: SimInstant(microseconds: 20_000))
        #expect(clock.tick(&session).agentSamples == 160)
        // The frame handed out at 20 ms plays until 40 ms.
        #expect(session.receive(agent.mark("after"), at: SimInstant(microseconds: 30_000)).isEmpty)
        #expect(clock.tick(&session).actions.compactMap(\.echoedMark) == ["after"])
    }

    @Test("clear drops the queue at once and echoes its pending marks")
    func clear() {
        var session = CarrierSession.twilio()
        _ = session.receive(agent.media(AgentScript.tone(4000)), at: .zero)
        _ = session.receive(agent.mark("half"), at: .zero)
        _ = session.receive(agent.media(AgentScript.tone(4000, from: 4000)), at: .zero)
        _ = session.receive(agent.mark("whole"), at: .zero)
        var clock = PlayoutClock()
        for _ in 0..<5 { _ = clock.tick(&session) }
        let actions = session.receive(agent.clear(), at: SimInstant(microseconds: 105_000))
        #expect(actions.compactMap(\.echoedMark) == ["half", "whole"])
        #expect(session.queuedSamples == 0)
        #expect(session.events.contains(MediaStreamEvent(at: SimInstant(microseconds: 105_000),
                                                         kind: .cleared(droppedSamples: 8000 - 800, marks: ["half", "whole"]))))
        #expect(session.echoes.allSatisfy { $0.1 == .cleared })
        let next = clock.tick(&session)
        #expect(next.agentSamples == 0 && next.actions.isEmpty)
        // Audio after the clear plays as usual.
        _ = session.receive(agent.media(AgentScript.tone(160)), at: SimInstant(microseconds: 130_000))
        #expect(clock.tick(&session).agentSamples == 160)
    }

    @Test("wrong messages become events, are ignored, and the call goes on")
    func errors() {
        var session = CarrierSession(dialect: TwilioDialect(), stream: StreamStart(accountID: "AC1", callID: "CA1", streamID: "MZ1"))
        _ = session.receive(agent.media(AgentScript.tone(160)), at: .zero)
        _ = session.open(at: .zero)
        let wrong = AgentScript(streamID: "MZ2")
        let at = SimInstant(microseconds: 1_000)
        _ = session.receive(.text("{not json"), at: at)
        _ = session.receive(.text(#"{"event": "speak", "streamSid": "MZ1"}"#), at: at)
        _ = session.receive(wrong.media(AgentScript.tone(160)), at: at)
        _ = session.receive(.text(#"{"event": "media", "media": {"payload": "/w=="}}"#), at: at)
        _ = session.receive(.text(#"{"event": "media", "streamSid": "MZ1", "media": {"payload": "%%%"}}"#), at: at)
        _ = session.receive(.binary([0, 1]), at: at)
        #expect(session.protocolErrors.map(\.code) == ["before-start", "bad-json", "unknown-event", "wrong-stream", "missing-stream",
                                                       "bad-payload", "unexpected-frame"])
        #expect(session.protocolErrors[3].description == "media for stream \"MZ2\", but this stream is \"MZ1\"; ignored")
        #expect(session.queuedSamples == 0)
        _ = session.receive(agent.media(AgentScript.tone(160)), at: at)
        var clock = PlayoutClock()
        #expect(clock.tick(&session).agentSamples == 160)
    }

    @Test("linear PCM sent as μ-law is noted and played, as the carrier would")
    func linearPayload() {
        var session = CarrierSession.twilio()
        let pcm = AudioPayload.encode((0..<160).map { Int16(200 * sin(Float($0) / 3)) }, as: .pcm16LittleEndian)
        _ = session.receive(.text(#"{"event":"media","streamSid":"MZ1","media":{"payload":"\#(AudioPayload.base64(pcm))"}}"#), at: .zero)
        #expect(session.protocolErrors.map(\.code) == ["wrong-encoding"])
        #expect(session.queuedSamples == 320)
    }

    @Test("the agent closing the socket ends the call; what was queued is never heard")
    func agentCloses() {
        var session = CarrierSession.twilio()
        _ = session.receive(agent.media(AgentScript.tone(1600)), at: .zero)
        _ = session.receive(agent.mark("bye"), at: .zero)
        var clock = PlayoutClock()
        _ = clock.tick(&session)
        session.agentClosed(at: SimInstant(microseconds: 25_000), code: 1000)
        #expect(session.ending == SessionEnding(cause: .agentClosed(code: 1000), at: SimInstant(microseconds: 25_000),
                                                droppedSamples: 1440, unechoedMarks: ["bye"]))
        let after = clock.tick(&session)
        #expect(after.agentSamples == 0 && after.samples.allSatisfy { $0 == 0 })
        #expect(session.receive(agent.media(AgentScript.tone(160)), at: SimInstant(microseconds: 50_000)).isEmpty)
        #expect(session.callerHungUp(at: SimInstant(microseconds: 60_000)).isEmpty)
    }

    @Test("the same agent audio in any chunking plays out identically", arguments: [1, 7, 160, 333, 4_001, 12_000])
    func chunking(size: Int) {
        let audio = AgentScript.tone(12_000, level: 0.4)
        let reference: [Float] = audio.map(PCM.float) + [Float](repeating: 0, count: 160 * 80 - 12_000)
        var session = CarrierSession.twilio()
        var clock = PlayoutClock()
        var heard: [Float] = []
        var sent = 0
        // Each chunk arrives just before the frame that first needs it.
        for index in 0..<80 {
            while sent < audio.count && sent < (index + 1) * 160 {
                let end = min(sent + size, audio.count)
                _ = session.receive(agent.media(Array(audio[sent..<end])), at: clock.time)
                sent = end
            }
            heard += clock.tick(&session).samples
        }
        #expect(heard == reference)
        #expect(session.underruns.isEmpty)
        #expect(session.protocolErrors.isEmpty)
    }
}
