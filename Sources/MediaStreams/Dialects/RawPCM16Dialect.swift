/// Raw 16-bit little-endian PCM over WebSocket, for home-grown servers: binary messages
/// of audio both ways and nothing else — no `start`, no keypad, no marks, no clear, no
/// stream ID. The caller's audio goes in 20 ms messages; the agent's may be any length.
public struct RawPCM16Dialect: MediaStreamDialect {
    public let name = "pcm16"
    public let format: MediaAudioFormat
    public let agentMessagesNameStream = false
    public let announcesStart = false

    /// Creates the dialect at `sampleRate` (16 kHz by default).
    public init(sampleRate: Int = 16000) {
        format = MediaAudioFormat(encoding: .pcm16LittleEndian, sampleRate: sampleRate)
    }

    public func encode(_ envelope: CarrierEnvelope) -> WireMessage? {
        guard case .media(let chunk) = envelope.message else { return nil }
        return .binary(AudioPayload.encode(chunk.samples, as: format.encoding))
    }

    public func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope {
        guard case .binary(let bytes) = wire else { throw .unexpectedFrame(wire.summary, dialect: name) }
        let samples = try AudioPayload.decode(bytes, as: format.encoding, event: "media")
        return CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .media(MediaChunk(chunk: 0, timestampMs: 0, samples: samples)))
    }

    public func encode(_ envelope: AgentEnvelope) -> WireMessage? {
        guard case .media(let samples) = envelope.message else { return nil }
        return .binary(AudioPayload.encode(samples, as: format.encoding))
    }

    public func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope {
        guard case .binary(let bytes) = wire else { throw .unexpectedFrame(wire.summary, dialect: name) }
        guard !bytes.isEmpty else { throw .badPayload(event: "media", why: "is empty") }
        return AgentEnvelope(streamID: nil, message: .media(try AudioPayload.decode(bytes, as: format.encoding, event: "media")))
    }
}
