import CallAudio
import SimTime
import Testing
@testable import MediaStreams

/// Plivo audio streams against literal JSON in the shapes Plivo documents.
@Suite("Plivo audio-stream messages")
struct PlivoDialectTests {
    let dialect = PlivoDialect()
    let stream = StreamStart(accountID: "MA0000000000000000001", callID: "12345678-1234-1234-1234-123456789abc",
                             streamID: "87654321-4321-4321-4321-cba987654321", customParameters: ["userId": "12345", "sessionId": "abc"])
    var sid: String { stream.streamID }

    @Test("there is no greeting and no stop: start comes first and a hang-up only closes the socket")
    func noGreetingNoStop() {
        #expect(dialect.encode(CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .connected)) == nil)
        var session = CarrierSession(dialect: dialect, stream: stream)
        let opened = session.open(at: .zero)
        #expect(opened.count == 1)
        guard case .send(let wire)? = opened.first else { Issue.record("no start"); return }
        #expect(JSONSample.matches(wire, """
            {"event": "start", "sequenceNumber": 1,
             "start": {"callId": "12345678-1234-1234-1234-123456789abc", "streamId": "87654321-4321-4321-4321-cba987654321",
                       "accountId": "MA0000000000000000001", "tracks": ["inbound"],
                       "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000}},
             "extra_headers": "sessionId=abc;userId=12345"}
            """))
        #expect(session.callerHungUp(at: .zero) == [.close])
    }

    @Test("media, dtmf, playedStream and clearedAudio carry numbers where Plivo has numbers")
    func carrierMessages() {
        let chunk = MediaChunk(chunk: 41, timestampMs: 820, samples: MuLaw.decode([0xFF, 0x00, 0x80]))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 42, streamID: sid, message: .media(chunk))), """
            {"event": "media", "sequenceNumber": 42, "streamId": "\(sid)",
             "media": {"track": "inbound", "timestamp": "820", "chunk": 41, "payload": "/wCA"}}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 43, streamID: sid, message: .dtmf(digit: "5"))), """
            {"event": "dtmf", "sequenceNumber": 43, "streamId": "\(sid)", "dtmf": {"track": "inbound", "digit": "5"}}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 44, streamID: sid, message: .mark(name: "customer greeting audio"))), """
            {"event": "playedStream", "sequenceNumber": 44, "streamId": "\(sid)", "name": "customer greeting audio"}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 45, streamID: sid, message: .cleared)), """
            {"event": "clearedAudio", "sequenceNumber": 45, "streamId": "\(sid)"}
            """))
    }

    @Test("the agent's playAudio, checkpoint and clearAudio decode as Plivo's examples and Pipecat's serializer write them")
    func agentMessages() throws {
        let bytes: [UInt8] = [0xFF, 0x00, 0x80, 0x10]
        let play = try dialect.decodeAgent(.text("""
            {"event": "playAudio", "media": {"contentType": "audio/x-mulaw", "sampleRate": 8000, "payload": "\(AudioPayload.base64(bytes))"},
             "streamId": "\(sid)"}
            """))
        #expect(play == AgentEnvelope(streamID: sid, message: .media(MuLaw.decode(bytes))))
        let checkpoint = try dialect.decodeAgent(.text(#"{"event": "checkpoint", "streamId": "20170ada", "name": "customer greeting audio"}"#))
        #expect(checkpoint == AgentEnvelope(streamID: "20170ada", message: .mark(name: "customer greeting audio")))
        #expect(try dialect.decodeAgent(.text(#"{"event": "clearAudio", "streamId": "b77e037d"}"#)) == AgentEnvelope(streamID: "b77e037d", message: .clear))
        #expect(try dialect.decodeAgent(.text(#"{"event": "clearAudio"}"#)).streamID == nil)
    }

    @Test("audio announced in another codec, sendDTMF and the carrier's events are reported, not played", arguments: [
        (#"{"event": "playAudio", "media": {"contentType": "audio/x-l16", "sampleRate": 16000, "payload": "AAA="}}"#, "wrong-encoding"),
        (#"{"event": "playAudio", "media": {"contentType": "audio/x-mulaw", "sampleRate": 8000}}"#, "missing-field"),
        (#"{"event": "sendDTMF", "dtmf": "123"}"#, "unsupported-event"),
        (#"{"event": "playedStream", "sequenceNumber": 1, "streamId": "s", "name": "n"}"#, "wrong-direction"),
        (#"{"event": "media", "streamSid": "MZ1", "media": {"payload": "/w=="}}"#, "wrong-direction"),
        (#"{"event": "mark", "mark": {"name": "n"}}"#, "unknown-event"),
    ])
    func agentErrors(text: String, code: String) {
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        _ = session.receive(.text(text), at: .zero)
        #expect(session.protocolErrors.map(\.code) == [code])
        #expect(session.queuedSamples == 0)
    }

    @Test("a checkpoint goes back as playedStream when its audio has played; a clear is confirmed once and drops the checkpoints")
    func checkpointsAndClear() throws {
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        let script = AgentScript(dialect: dialect, streamID: sid)
        _ = session.receive(script.media(AgentScript.tone(160)), at: .zero)
        _ = session.receive(script.mark("first"), at: .zero)
        var clock = PlayoutClock()
        #expect(clock.tick(&session).actions.isEmpty)
        let played = clock.tick(&session).actions
        guard case .send(let echo)? = played.first else { Issue.record("no playedStream"); return }
        #expect(JSONSample.matches(echo, #"{"event": "playedStream", "sequenceNumber": 2, "streamId": "\#(sid)", "name": "first"}"#))

        _ = session.receive(script.media(AgentScript.tone(800)), at: clock.time)
        _ = session.receive(script.mark("second"), at: clock.time)
        let cleared = session.receive(script.clear(), at: clock.time)
        #expect(cleared.count == 1)
        guard case .send(let confirmation)? = cleared.first else { Issue.record("no clearedAudio"); return }
        #expect(JSONSample.matches(confirmation, #"{"event": "clearedAudio", "sequenceNumber": 3, "streamId": "\#(sid)"}"#))
        #expect(session.queuedSamples == 0)
        #expect(session.echoes.map(\.0) == ["first"])
        #expect(session.protocolErrors.isEmpty)
    }

    @Test("carrier messages decode back to what was encoded, extra_headers split on ; or ,")
    func roundTrip() throws {
        let messages: [CarrierMessage] = [.start(stream), .media(MediaChunk(chunk: 1, timestampMs: 20, samples: MuLaw.decode([0x12, 0x34]))),
                                          .dtmf(digit: "#"), .mark(name: "m"), .cleared]
        for (index, message) in messages.enumerated() {
            let envelope = CarrierEnvelope(sequenceNumber: index + 1, streamID: sid, message: message)
            #expect(try dialect.decodeCarrier(try #require(dialect.encode(envelope))) == envelope)
        }
        #expect(PlivoDialect.parameters("test1=12,test2=123") == ["test1": "12", "test2": "123"])
        let wrong = #"{"event": "start", "sequenceNumber": 1, "start": {"callId": "c", "streamId": "s", "accountId": "a", "tracks": ["inbound"], "mediaFormat": {"encoding": "audio/x-l16", "sampleRate": 8000}}}"#
        #expect(throws: MediaStreamError.self) { try dialect.decodeCarrier(.text(wrong)) }
    }

    @Test("16 kHz linear PCM is announced as audio/x-l16 and played as little-endian samples")
    func linear() throws {
        let dialect = PlivoDialect(format: MediaAudioFormat(encoding: .pcm16LittleEndian, sampleRate: 16000))
        var session = CarrierSession(dialect: dialect, stream: stream)
        guard case .send(let start)? = session.open(at: .zero).first,
              let members = JSONSample.members(start), let body = members["start"] as? [String: Any] else { Issue.record("no start"); return }
        #expect((body["mediaFormat"] as? [String: Any])?["encoding"] as? String == "audio/x-l16")
        #expect(session.frameSamples == 320)
        let samples: [Int16] = [1, -2, 300, -32768]
        _ = session.receive(try #require(dialect.encode(AgentEnvelope(streamID: nil, message: .media(samples)))), at: .zero)
        #expect(session.protocolErrors.isEmpty && session.queuedSamples == 4)
    }
}
