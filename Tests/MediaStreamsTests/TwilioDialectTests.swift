import CallAudio
import Testing
@testable import MediaStreams

/// The Twilio Media Streams messages against literal JSON in the shapes Twilio documents.
@Suite("Twilio Media Streams messages")
struct TwilioDialectTests {
    let dialect = TwilioDialect()
    let stream = StreamStart(accountID: "AC00000000000000000000000000000001", callID: "CA00000000000000000000000000000002",
                             streamID: "MZ00000000000000000000000000000003", customParameters: ["tenant": "demo"])
    /// μ-law bytes whose decoding encodes back to themselves.
    let bytes: [UInt8] = [0xFF, 0x00, 0x80, 0x10, 0x9A]
    var samples: [Int16] { MuLaw.decode(bytes) }

    @Test("connected is the protocol greeting without a sequence number")
    func connected() {
        let wire = dialect.encode(CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .connected))
        #expect(JSONSample.matches(wire, #"{"event": "connected", "protocol": "Call", "version": "1.0.0"}"#))
    }

    @Test("start carries the stream's identity, tracks, custom parameters and μ-law 8 kHz mono")
    func start() {
        let wire = dialect.encode(CarrierEnvelope(sequenceNumber: 1, streamID: stream.streamID, message: .start(stream)))
        #expect(JSONSample.matches(wire, """
            {"event": "start", "sequenceNumber": "1",
             "start": {"accountSid": "AC00000000000000000000000000000001", "streamSid": "MZ00000000000000000000000000000003",
                       "callSid": "CA00000000000000000000000000000002", "tracks": ["inbound"],
                       "customParameters": {"tenant": "demo"},
                       "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1}},
             "streamSid": "MZ00000000000000000000000000000003"}
            """))
        // Slashes stay as they are on the wire.
        if case .text(let text)? = wire { #expect(text.contains("audio/x-mulaw")) }
    }

    @Test("media carries the inbound track, chunk and timestamp as strings and base64 μ-law")
    func media() {
        #expect(MuLaw.encode(samples) == bytes)
        let chunk = MediaChunk(chunk: 3, timestampMs: 40, samples: samples)
        let wire = dialect.encode(CarrierEnvelope(sequenceNumber: 4, streamID: stream.streamID, message: .media(chunk)))
        #expect(JSONSample.matches(wire, """
            {"event": "media", "sequenceNumber": "4",
             "media": {"track": "inbound", "chunk": "3", "timestamp": "40", "payload": "/wCAEJo="},
             "streamSid": "MZ00000000000000000000000000000003"}
            """))
    }

    @Test("dtmf, mark and stop in Twilio's shapes")
    func controlMessages() {
        let sid = stream.streamID
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 5, streamID: sid, message: .dtmf(digit: "7"))), """
            {"event": "dtmf", "streamSid": "\(sid)", "sequenceNumber": "5", "dtmf": {"track": "inbound_track", "digit": "7"}}
            """))
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 6, streamID: sid, message: .mark(name: "reply-1"))), """
            {"event": "mark", "sequenceNumber": "6", "streamSid": "\(sid)", "mark": {"name": "reply-1"}}
            """))
        let stop = CarrierMessage.stop(accountID: stream.accountID, callID: stream.callID)
        #expect(JSONSample.matches(dialect.encode(CarrierEnvelope(sequenceNumber: 7, streamID: sid, message: stop)), """
            {"event": "stop", "sequenceNumber": "7", "streamSid": "\(sid)",
             "stop": {"accountSid": "AC00000000000000000000000000000001", "callSid": "CA00000000000000000000000000000002"}}
            """))
    }

    @Test("the agent's media, mark and clear decode as an agent such as Pipecat's serializer sends them")
    func agentMessages() throws {
        let media = try dialect.decodeAgent(.text(#"{"event":"media","streamSid":"MZ1","media":{"payload":"/wCAEJo="}}"#))
        #expect(media == AgentEnvelope(streamID: "MZ1", message: .media(samples)))
        let mark = try dialect.decodeAgent(.text(#"{"event": "mark", "streamSid": "MZ1", "mark": {"name": "end of reply"}}"#))
        #expect(mark == AgentEnvelope(streamID: "MZ1", message: .mark(name: "end of reply")))
        let clear = try dialect.decodeAgent(.text(#"{"event": "clear", "streamSid": "MZ1"}"#))
        #expect(clear == AgentEnvelope(streamID: "MZ1", message: .clear))
        let unnamed = try dialect.decodeAgent(.text(#"{"event": "clear"}"#))
        #expect(unnamed.streamID == nil)
    }

    @Test("agent messages encode to what they decode from")
    func agentRoundTrip() throws {
        for message in [AgentMessage.media(samples), .mark(name: "m"), .clear] {
            let envelope = AgentEnvelope(streamID: "MZ9", message: message)
            let wire = try #require(dialect.encode(envelope))
            #expect(try dialect.decodeAgent(wire) == envelope)
        }
        #expect(JSONSample.matches(dialect.encode(AgentEnvelope(streamID: "MZ9", message: .clear)), #"{"event":"clear","streamSid":"MZ9"}"#))
    }

    @Test("Twilio's documented carrier messages decode, and re-encode to the same JSON")
    func carrierRoundTrip() throws {
        let samples = [
            #"{"event": "connected", "protocol": "Call", "version": "1.0.0"}"#,
            """
            {"event": "start", "sequenceNumber": "1",
             "start": {"accountSid": "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "streamSid": "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                       "callSid": "CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "tracks": ["inbound"],
                       "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                       "customParameters": {"FirstName": "Jane", "LastName": "Doe"}},
             "streamSid": "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}
            """,
            """
            {"event": "media", "sequenceNumber": "3",
             "media": {"track": "inbound", "chunk": "1", "timestamp": "5", "payload": "/wCAEJo="},
             "streamSid": "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}
            """,
            #"{"event": "dtmf", "streamSid": "MZXX", "sequenceNumber": "5", "dtmf": {"track": "inbound_track", "digit": "1"}}"#,
            #"{"event": "mark", "sequenceNumber": "4", "streamSid": "MZXX", "mark": {"name": "my label"}}"#,
            #"{"event": "stop", "sequenceNumber": "5", "streamSid": "MZXX", "stop": {"accountSid": "ACXX", "callSid": "CAXX"}}"#,
        ]
        for sample in samples {
            let envelope = try dialect.decodeCarrier(.text(sample))
            #expect(JSONSample.matches(dialect.encode(envelope), sample), "\(sample)")
        }
        let start = try dialect.decodeCarrier(.text(samples[1]))
        guard case .start(let identity) = start.message else { Issue.record("not a start"); return }
        #expect(identity.customParameters == ["FirstName": "Jane", "LastName": "Doe"])
        #expect(start.sequenceNumber == 1)
    }

    @Test("a start announcing another format is refused when the agent's side decodes it")
    func wrongFormat() {
        let text = """
            {"event": "start", "sequenceNumber": "1", "streamSid": "MZ1",
             "start": {"accountSid": "AC1", "streamSid": "MZ1", "callSid": "CA1", "tracks": ["inbound"],
                       "mediaFormat": {"encoding": "audio/x-alaw", "sampleRate": 8000, "channels": 1}}}
            """
        #expect(throws: MediaStreamError.wrongFormat(announced: "audio/x-alaw at 8000 Hz, 1 channel(s)", expected: "audio/x-mulaw at 8000 Hz, mono")) {
            try dialect.decodeCarrier(.text(text))
        }
    }

    @Test("wrong agent messages are errors that say what is wrong", arguments: [
        (#"{"event": "media", "#, "bad-json", "not a JSON message"),
        (#"["media"]"#, "bad-json", "is not an object"),
        (#"{"type": "media"}"#, "missing-event", "without an \"event\""),
        (#"{"event": "speak", "streamSid": "MZ1"}"#, "unknown-event", "unknown event \"speak\""),
        (#"{"event": "media", "streamSid": "MZ1", "media": {}}"#, "missing-field", "media without media.payload"),
        (#"{"event": "media", "streamSid": "MZ1", "media": {"payload": 12}}"#, "wrong-type", "media: media.payload is not a string"),
        (#"{"event": "media", "streamSid": "MZ1", "media": {"payload": "not base64!"}}"#, "bad-payload", "media payload is not base64"),
        (#"{"event": "media", "streamSid": "MZ1", "media": {"payload": ""}}"#, "bad-payload", "media payload is empty"),
        (#"{"event": "mark", "streamSid": "MZ1", "mark": {}}"#, "missing-field", "mark without mark.name"),
        (#"{"event": "start", "streamSid": "MZ1"}"#, "wrong-direction", "start is an event only the carrier sends"),
    ])
    func agentErrors(text: String, code: String, message: String) {
        do {
            _ = try dialect.decodeAgent(.text(text))
            Issue.record("\(text) decoded")
        } catch {
            #expect(error.code == code)
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("a binary frame is an error on a JSON stream")
    func binaryFrame() {
        #expect(throws: MediaStreamError.unexpectedFrame("a binary message of 3 bytes", dialect: "twilio")) {
            try dialect.decodeAgent(.binary([1, 2, 3]))
        }
    }

    @Test("a WAV file as the payload decodes with a problem noted")
    func wavPayload() throws {
        let wav = Array("RIFF\u{24}\u{0}\u{0}\u{0}WAVEfmt ".utf8) + [UInt8](repeating: 0xFF, count: 20)
        let text = #"{"event":"media","streamSid":"MZ1","media":{"payload":"\#(AudioPayload.base64(wav))"}}"#
        let envelope = try dialect.decodeAgent(.text(text))
        #expect(envelope.problems.map(\.code) == ["wrong-encoding"])
        #expect(envelope.problems.first?.description.contains("WAV") == true)
        if case .media(let decoded) = envelope.message { #expect(decoded.count == wav.count) } else { Issue.record("not media") }
    }
}
