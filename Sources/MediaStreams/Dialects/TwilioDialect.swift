/// Twilio Media Streams (bidirectional, `<Connect><Stream>`): JSON text messages, μ-law
/// at 8 kHz in base64. The carrier sends `connected`, `start`, `media` (track `inbound`),
/// `dtmf` (track `inbound_track`), `mark` echoes and `stop`, every message after
/// `connected` with a `sequenceNumber` string counting from 1 and the `streamSid`; the
/// agent sends `media`, `mark` and `clear`, each naming the `streamSid`.
public struct TwilioDialect: MediaStreamDialect {
    public let name = "twilio"
    public let format = MediaAudioFormat.mulaw8k
    public let agentMessagesNameStream = true

    /// The `mediaFormat.encoding` Twilio announces.
    static let encodingName = "audio/x-mulaw"

    /// Creates the dialect.
    public init() {}

    public func encode(_ envelope: CarrierEnvelope) -> WireMessage? {
        let sequence = String(envelope.sequenceNumber ?? 0)
        let stream = envelope.streamID ?? ""
        switch envelope.message {
        case .connected:
            return .text(JSONWire.text(Wire.Connected()))
        case .start(let start):
            let body = Wire.Start.Body(accountSid: start.accountID, streamSid: start.streamID, callSid: start.callID,
                                       tracks: start.tracks, customParameters: start.customParameters,
                                       mediaFormat: .init(encoding: Self.encodingName, sampleRate: format.sampleRate, channels: 1))
            return .text(JSONWire.text(Wire.Start(sequenceNumber: sequence, start: body, streamSid: stream)))
        case .media(let chunk):
            let payload = AudioPayload.base64(AudioPayload.encode(chunk.samples, as: format.encoding))
            let media = Wire.Media.Body(track: "inbound", chunk: String(chunk.chunk), timestamp: String(chunk.timestampMs), payload: payload)
            return .text(JSONWire.text(Wire.Media(sequenceNumber: sequence, media: media, streamSid: stream)))
        case .dtmf(let digit):
            return .text(JSONWire.text(Wire.DTMF(streamSid: stream, sequenceNumber: sequence, dtmf: .init(track: "inbound_track", digit: digit))))
        case .mark(let name):
            return .text(JSONWire.text(Wire.CarrierMark(sequenceNumber: sequence, streamSid: stream, mark: .init(name: name))))
        case .stop(let accountID, let callID):
            return .text(JSONWire.text(Wire.Stop(sequenceNumber: sequence, streamSid: stream, stop: .init(accountSid: accountID, callSid: callID))))
        case .cleared:
            return nil
        }
    }

    public func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "connected":
            _ = try JSONWire.decode(Wire.Connected.self, from: data, event: event)
            return CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .connected)
        case "start":
            let start = try JSONWire.decode(Wire.Start.self, from: data, event: event)
            let announced = start.start.mediaFormat
            guard announced.encoding == Self.encodingName, announced.sampleRate == format.sampleRate, announced.channels == 1 else {
                throw .wrongFormat(announced: "\(announced.encoding) at \(announced.sampleRate) Hz, \(announced.channels) channel(s)",
                                   expected: "\(Self.encodingName) at \(format.sampleRate) Hz, mono")
            }
            let body = start.start
            let stream = StreamStart(accountID: body.accountSid, callID: body.callSid, streamID: body.streamSid, tracks: body.tracks,
                                     customParameters: body.customParameters ?? [:])
            return try envelope(start.sequenceNumber, start.streamSid, .start(stream), event: event)
        case "media":
            let media = try JSONWire.decode(Wire.Media.self, from: data, event: event)
            let bytes = try AudioPayload.base64(media.media.payload, event: event)
            let chunk = MediaChunk(chunk: Int(try JSONWire.integer(media.media.chunk, event: event, path: "media.chunk")),
                                   timestampMs: try JSONWire.integer(media.media.timestamp, event: event, path: "media.timestamp"),
                                   samples: try AudioPayload.decode(bytes, as: format.encoding, event: event))
            return try envelope(media.sequenceNumber, media.streamSid, .media(chunk), event: event)
        case "dtmf":
            let dtmf = try JSONWire.decode(Wire.DTMF.self, from: data, event: event)
            return try envelope(dtmf.sequenceNumber, dtmf.streamSid, .dtmf(digit: dtmf.dtmf.digit), event: event)
        case "mark":
            let mark = try JSONWire.decode(Wire.CarrierMark.self, from: data, event: event)
            return try envelope(mark.sequenceNumber, mark.streamSid, .mark(name: mark.mark.name), event: event)
        case "stop":
            let stop = try JSONWire.decode(Wire.Stop.self, from: data, event: event)
            return try envelope(stop.sequenceNumber, stop.streamSid, .stop(accountID: stop.stop.accountSid, callID: stop.stop.callSid), event: event)
        case "clear":
            throw .wrongDirection(event: event, sender: "agent")
        default:
            throw .unknownEvent(event)
        }
    }

    public func encode(_ envelope: AgentEnvelope) -> WireMessage? {
        let stream = envelope.streamID ?? ""
        switch envelope.message {
        case .media(let samples):
            let payload = AudioPayload.base64(AudioPayload.encode(samples, as: format.encoding))
            return .text(JSONWire.text(Wire.AgentMedia(streamSid: stream, media: .init(payload: payload))))
        case .mark(let name):
            return .text(JSONWire.text(Wire.AgentMark(streamSid: stream, mark: .init(name: name))))
        case .clear:
            return .text(JSONWire.text(Wire.Clear(streamSid: stream)))
        }
    }

    public func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "media":
            let media = try JSONWire.decode(Wire.AgentMedia.self, from: data, event: event)
            let bytes = try AudioPayload.base64(media.media.payload, event: event)
            let problems = AudioPayload.mulawMismatch(bytes).map { [MediaStreamError.notEncoded(event: event, encoding: "μ-law", why: $0)] } ?? []
            return AgentEnvelope(streamID: media.streamSid, message: .media(try AudioPayload.decode(bytes, as: format.encoding, event: event)),
                                 problems: problems)
        case "mark":
            let mark = try JSONWire.decode(Wire.AgentMark.self, from: data, event: event)
            return AgentEnvelope(streamID: mark.streamSid, message: .mark(name: mark.mark.name))
        case "clear":
            let clear = try JSONWire.decode(Wire.Clear.self, from: data, event: event)
            return AgentEnvelope(streamID: clear.streamSid, message: .clear)
        case "connected", "start", "dtmf", "stop":
            throw .wrongDirection(event: event, sender: "carrier")
        default:
            throw .unknownEvent(event)
        }
    }

    private func envelope(_ sequence: String, _ stream: String, _ message: CarrierMessage, event: String) throws(MediaStreamError) -> CarrierEnvelope {
        CarrierEnvelope(sequenceNumber: Int(try JSONWire.integer(sequence, event: event, path: "sequenceNumber")), streamID: stream, message: message)
    }
}
