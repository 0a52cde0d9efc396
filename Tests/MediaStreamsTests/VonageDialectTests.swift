import SimTime
import Testing
@testable import MediaStreams

/// Vonage Voice API WebSockets: binary linear PCM at 16 kHz and JSON control events.
@Suite("Vonage WebSocket messages")
struct VonageDialectTests {
    let dialect = VonageDialect()
    let stream = StreamStart(accountID: "", callID: "", streamID: "", customParameters: ["did": "+15550100", "caller": "+15550199"])

    @Test("the greeting is websocket:connected with the content-type and the endpoint's headers beside it")
    func connected() throws {
        var session = CarrierSession(dialect: dialect, stream: stream)
        let opened = session.open(at: .zero)
        #expect(opened.count == 1)
        guard case .send(let wire)? = opened.first else { Issue.record("no greeting"); return }
        #expect(JSONSample.matches(wire, """
            {"event": "websocket:connected", "content-type": "audio/l16;rate=16000", "did": "+15550100", "caller": "+15550199"}
            """))
        let decoded = try dialect.decodeCarrier(wire)
        guard case .start(let start) = decoded.message else { Issue.record("not a start"); return }
        #expect(start.customParameters == stream.customParameters)
        let eightK = #"{"event": "websocket:connected", "content-type": "audio/l16;rate=8000"}"#
        #expect(throws: MediaStreamError.self) { try dialect.decodeCarrier(.text(eightK)) }
        #expect(try VonageDialect(sampleRate: 8000).decodeCarrier(.text(eightK)).message != .connected)
    }

    @Test("the caller's 20 ms go as one binary message of 640 bytes; a hang-up only closes the socket")
    func callerAudio() throws {
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        let samples = (0..<320).map { Float($0 % 50 - 25) / 100 }
        guard case .send(.binary(let bytes))? = session.callerAudio(samples, frameStart: .zero).first else { Issue.record("no binary"); return }
        #expect(bytes.count == 640)
        #expect(try dialect.decodeCarrier(.binary(bytes)).message == .media(MediaChunk(chunk: 0, timestampMs: 0,
                                                                                      samples: try AudioPayload.decode(bytes, as: .pcm16LittleEndian, event: "media"))))
        guard case .send(let dtmf)? = session.keypad("7", at: .zero).first else { Issue.record("no dtmf"); return }
        #expect(JSONSample.matches(dtmf, #"{"event": "websocket:dtmf", "digit": "7"}"#))
        #expect(session.callerHungUp(at: .zero) == [.close])
    }

    @Test("the agent's binary audio plays; notify comes back with its payload when played; clear is confirmed with websocket:cleared")
    func agent() throws {
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        let audio = AgentScript.tone(320, rate: 16000)
        _ = session.receive(.binary(AudioPayload.encode(audio, as: .pcm16LittleEndian)), at: .zero)
        _ = session.receive(.text(#"{"action": "notify", "payload": {"reply_id": "r-1"}}"#), at: .zero)
        var clock = PlayoutClock()
        let first = clock.tick(&session)
        #expect(first.agentSamples == 320)
        #expect(Array(first.samples.prefix(320)) == audio.map { Float($0) / 32768 })
        guard case .send(let notify)? = clock.tick(&session).actions.first else { Issue.record("no notify"); return }
        #expect(JSONSample.matches(notify, #"{"event": "websocket:notify", "payload": {"reply_id": "r-1"}}"#))

        _ = session.receive(.binary(AudioPayload.encode(audio, as: .pcm16LittleEndian)), at: clock.time)
        _ = session.receive(.text(#"{"action": "notify", "payload": {"reply_id": "r-2"}}"#), at: clock.time)
        let cleared = session.receive(.text(#"{"action": "clear"}"#), at: clock.time)
        #expect(cleared.count == 1)
        guard case .send(let confirmation)? = cleared.first else { Issue.record("no cleared"); return }
        #expect(JSONSample.matches(confirmation, #"{"event": "websocket:cleared"}"#))
        #expect(session.echoes.map(\.0) == [#"{"reply_id":"r-1"}"#])
        #expect(session.protocolErrors.isEmpty)
    }

    @Test("wrong messages from the agent are reported, not played", arguments: [
        (WireMessage.binary([1, 2, 3]), "bad-payload"),
        (.binary([]), "bad-payload"),
        (.text("not json"), "bad-json"),
        (.text(#"{"action": "notify"}"#), "missing-field"),
        (.text(#"{"action": "transfer"}"#), "unknown-event"),
        (.text(#"{"event": "websocket:dtmf", "digit": "1"}"#), "wrong-direction"),
        (.text(#"{"payload": {}}"#), "missing-field"),
    ])
    func agentErrors(wire: WireMessage, code: String) {
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        _ = session.receive(wire, at: .zero)
        #expect(session.protocolErrors.map(\.code) == [code])
    }

    @Test("a mark's name is its notify payload both ways", arguments: ["reply-1", #"{"reply_id":"r-1"}"#, "{}", #"{"name":"x"}"#, #"{"a":1,"name":"n"}"#])
    func markNames(name: String) throws {
        let agentWire = try #require(dialect.encode(AgentEnvelope(streamID: nil, message: .mark(name: name))))
        #expect(try dialect.decodeAgent(agentWire) == AgentEnvelope(streamID: nil, message: .mark(name: name)))
        let carrierWire = try #require(dialect.encode(CarrierEnvelope(sequenceNumber: 3, streamID: nil, message: .mark(name: name))))
        #expect(try dialect.decodeCarrier(carrierWire).message == .mark(name: name))
    }

    @Test("dtmf decodes from the top-level digit or a nested dtmf object")
    func dtmfShapes() throws {
        #expect(try dialect.decodeCarrier(.text(#"{"event": "websocket:dtmf", "digit": "5", "duration": 260}"#)).message == .dtmf(digit: "5"))
        #expect(try dialect.decodeCarrier(.text(##"{"event": "websocket:dtmf", "dtmf": {"digit": "#"}}"##)).message == .dtmf(digit: "#"))
        #expect(throws: MediaStreamError.self) { try dialect.decodeCarrier(.text(#"{"event": "websocket:dtmf"}"#)) }
        #expect(try dialect.decodeCarrier(.text(#"{"event": "websocket:cleared"}"#)).message == .cleared)
    }
}
