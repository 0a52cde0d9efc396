import CallAudio
import SimTime
import Testing
@testable import MediaStreams

/// Telnyx and raw PCM16: the same session behind other wire forms.
@Suite("Telnyx and raw PCM16 dialects")
struct OtherDialectTests {
    let stream = StreamStart(accountID: "user-1", callID: "v3:call-control-1", streamID: "32DE0DEA-53CB-4B21-89A4-9E1819C043BC")

    @Test("Telnyx's carrier messages use snake_case and PCMU, in Telnyx's shapes")
    func telnyxCarrier() {
        let dialect = TelnyxDialect()
        let sid = stream.streamID
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .connected)),
                                   #"{"event": "connected", "version": "1.0.0"}"#))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 1, streamID: sid, message: .start(stream))), """
            {"event": "start", "sequence_number": "1", "stream_id": "\(sid)",
             "start": {"user_id": "user-1", "call_control_id": "v3:call-control-1",
                       "media_format": {"encoding": "PCMU", "sample_rate": 8000, "channels": 1}}}
            """))
        let chunk = MediaChunk(chunk: 2, timestampMs: 20, samples: MuLaw.decode([0xFF, 0x00, 0x80]))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 3, streamID: sid, message: .media(chunk))), """
            {"event": "media", "sequence_number": "3", "stream_id": "\(sid)",
             "media": {"track": "inbound", "chunk": "2", "timestamp": "20", "payload": "/wCA"}}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 4, streamID: sid, message: .dtmf(digit: "5"))), """
            {"event": "dtmf", "stream_id": "\(sid)", "sequence_number": "4", "dtmf": {"digit": "5"}}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 5, streamID: sid,
                                                                  message: .stop(accountID: "user-1", callID: "v3:call-control-1"))), """
            {"event": "stop", "sequence_number": "5", "stream_id": "\(sid)",
             "stop": {"user_id": "user-1", "call_control_id": "v3:call-control-1"}}
            """))
    }

    @Test("a Telnyx agent's messages name no stream, and the session plays them")
    func telnyxAgent() throws {
        let dialect = TelnyxDialect()
        #expect(try dialect.decodeAgent(.text(#"{"event": "clear"}"#)) == AgentEnvelope(streamID: nil, message: .clear))
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        _ = session.receive(.text(#"{"event": "media", "media": {"payload": "\#(AudioPayload.base64([UInt8](repeating: 0x10, count: 160)))"}}"#), at: .zero)
        let marks = session.receive(.text(#"{"event": "mark", "mark": {"name": "done"}}"#), at: .zero)
        #expect(marks.isEmpty)
        #expect(session.protocolErrors.isEmpty)
        #expect(session.playout(at: .zero).agentSamples == 160)
        let echo = session.playout(at: SimInstant(microseconds: 20_000)).actions
        guard case .send(let wire)? = echo.first else { Issue.record("no echo"); return }
        #expect(JSONSample.matches(wire, #"{"event": "mark", "sequence_number": "2", "stream_id": "\#(stream.streamID)", "mark": {"name": "done"}}"#))
    }

    @Test("Telnyx carrier messages decode back to what was encoded")
    func telnyxRoundTrip() throws {
        let dialect = TelnyxDialect()
        let messages: [CarrierMessage] = [.start(StreamStart(accountID: "u", callID: "c", streamID: "s", customParameters: ["k": "v"])),
                                          .media(MediaChunk(chunk: 1, timestampMs: 0, samples: MuLaw.decode([0x12, 0x34]))),
                                          .dtmf(digit: "#"), .mark(name: "m"), .stop(accountID: "u", callID: "c")]
        for (index, message) in messages.enumerated() {
            let envelope = CarrierEnvelope(sequenceNumber: index + 1, streamID: "s", message: message)
            #expect(try dialect.decodeCarrier(try #require(dialect.encode(envelope))) == envelope)
        }
    }

    @Test("raw PCM16 sends the caller's 20 ms as 640 bytes at 16 kHz and nothing else")
    func rawCarrier() throws {
        var session = CarrierSession(dialect: RawPCM16Dialect(), stream: stream)
        #expect(session.open(at: .zero).isEmpty)
        #expect(session.frameSamples == 320)
        let samples = (0..<320).map { Float($0 - 160) / 1000 }
        let actions = session.callerAudio(samples, frameStart: .zero)
        guard case .send(.binary(let bytes))? = actions.first else { Issue.record("no binary"); return }
        #expect(bytes.count == 640)
        #expect(try AudioPayload.decode(bytes, as: .pcm16LittleEndian, event: "media") == samples.map(PCM.int16))
        #expect(session.keypad("1", at: .zero).isEmpty)
        #expect(session.callerHungUp(at: .zero) == [.close])
    }

    @Test("raw PCM16 agent audio plays; text and odd lengths are errors")
    func rawAgent() {
        var session = CarrierSession(dialect: RawPCM16Dialect(), stream: stream)
        _ = session.open(at: .zero)
        let audio: [Int16] = (0..<500).map { Int16($0 * 3 - 700) }
        _ = session.receive(.binary(AudioPayload.encode(audio, as: .pcm16LittleEndian)), at: .zero)
        _ = session.receive(.binary([1, 2, 3]), at: .zero)
        _ = session.receive(.text("{}"), at: .zero)
        #expect(session.protocolErrors.map(\.code) == ["bad-payload", "unexpected-frame"])
        let first = session.playout(at: .zero), second = session.playout(at: SimInstant(microseconds: 20_000))
        #expect(first.agentSamples == 320 && second.agentSamples == 180)
        #expect(Array((first.samples + second.samples).prefix(500)) == audio.map(PCM.float))
    }

    @Test("dialects are found by name")
    func names() {
        #expect(MediaStreamDialects.names.allSatisfy { MediaStreamDialects.named($0)?.name == $0 })
        #expect(MediaStreamDialects.named("sip") == nil)
    }
}

extension OtherDialectTests {
    @Test("Telnyx's documented start, with its extra members, decodes; its clear echoes the queued marks")
    func telnyxDocumentedStart() throws {
        let text = """
            {"event": "start", "sequence_number": "1", "stream_id": "32DE0DEA-53CB-4B21-89A4-9E1819C043BC",
             "start": {"user_id": "3E6F995F-85F7-4705-9741-53B116D28237", "call_control_id": "v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ",
                       "call_session_id": "ff55a038-6f5d-11ef-9692-02420aeffb1f", "from": "+13122010094", "to": "+13122123456",
                       "tags": ["TAG1", "TAG2"], "client_state": "aGF2ZSBhIG5pY2UgZGF5ID1d", "custom_parameters": {"customer_id": "customer_123"},
                       "media_format": {"encoding": "PCMU", "sample_rate": 8000, "channels": 1}}}
            """
        let envelope = try TelnyxDialect().decodeCarrier(.text(text))
        guard case .start(let start) = envelope.message else { Issue.record("not a start"); return }
        #expect(start.callID.hasPrefix("v2:") && start.customParameters == ["customer_id": "customer_123"])
        #expect(envelope.sequenceNumber == 1 && envelope.streamID == "32DE0DEA-53CB-4B21-89A4-9E1819C043BC")

        var session = CarrierSession(dialect: TelnyxDialect(), stream: stream)
        _ = session.open(at: .zero)
        let script = AgentScript(dialect: TelnyxDialect(), streamID: stream.streamID)
        _ = session.receive(script.media(AgentScript.tone(400)), at: .zero)
        _ = session.receive(script.mark("end"), at: .zero)
        let cleared = session.receive(script.clear(), at: .zero)
        #expect(cleared.count == 1)
        guard case .send(let echo)? = cleared.first else { Issue.record("no echo"); return }
        #expect(JSONSample.matches(echo, #"{"event": "mark", "sequence_number": "2", "stream_id": "\#(stream.streamID)", "mark": {"name": "end"}}"#))
    }
}
