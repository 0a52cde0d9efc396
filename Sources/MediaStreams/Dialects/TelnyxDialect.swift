/// Telnyx media streaming over WebSocket (bidirectional RTP mode): JSON text messages
/// like Twilio's with snake_case names — `sequence_number`, `stream_id`, a `start` with
/// `user_id`, `call_control_id` and `media_format` {encoding `PCMU`, `sample_rate`,
/// `channels`} — μ-law at 8 kHz in base64. The agent sends `media`, `mark` and `clear`
/// without naming the stream. `dtmf` carries no `occurred_at` (a wall-clock date would
/// make a run depend on the day), and custom parameters travel as `custom_parameters`
/// in `start` when there are any.
public struct TelnyxDialect: MediaStreamDialect {
    public let name = "telnyx"
    public let format = MediaAudioFormat.mulaw8k
    public let agentMessagesNameStream = false

    /// The `media_format.encoding` Telnyx announces for μ-law.
    static let encodingName = "PCMU"

    /// Creates the dialect.
    public init() {}

    public func encode(_ envelope: CarrierEnvelope) -> WireMessage? {
        let sequence = String(envelope.sequenceNumber ?? 0)
        let stream = envelope.streamID ?? ""
        switch envelope.message {
        case .connected:
            return .text(JSONWire.text(Wire.Connected()))
        case .start(let start):
            let body = Wire.Start.Body(user_id: start.accountID, call_control_id: start.callID,
                                       media_format: .init(encoding: Self.encodingName, sample_rate: format.sampleRate, channels: 1),
                                       custom_parameters: start.customParameters.isEmpty ? nil : start.customParameters)
            return .text(JSONWire.text(Wire.Start(sequence_number: sequence, start: body, stream_id: stream)))
        case .media(let chunk):
            let payload = AudioPayload.base64(AudioPayload.encode(chunk.samples, as: format.encoding))
            let media = Wire.Media.Body(track: "inbound", chunk: String(chunk.chunk), timestamp: String(chunk.timestampMs), payload: payload)
            return .text(JSONWire.text(Wire.Media(sequence_number: sequence, media: media, stream_id: stream)))
        case .dtmf(let digit):
            return .text(JSONWire.text(Wire.DTMF(stream_id: stream, sequence_number: sequence, dtmf: .init(digit: digit))))
        case .mark(let name):
            return .text(JSONWire.text(Wire.CarrierMark(sequence_number: sequence, stream_id: stream, mark: .init(name: name))))
        case .stop(let accountID, let callID):
            return .text(JSONWire.text(Wire.Stop(sequence_number: sequence, stop: .init(user_id: accountID, call_control_id: callID), stream_id: stream)))
        case .cleared:
            return nil
        }
    }

    public func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "connected":
            return CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .connected)
        case "start":
            let start = try JSONWire.decode(Wire.Start.self, from: data, event: event)
            let announced = start.start.media_format
            guard announced.encoding == Self.encodingName, announced.sample_rate == format.sampleRate, announced.channels == 1 else {
                throw .wrongFormat(announced: "\(announced.encoding) at \(announced.sample_rate) Hz, \(announced.channels) channel(s)",
                                   expected: "\(Self.encodingName) at \(format.sampleRate) Hz, mono")
            }
            let stream = StreamStart(accountID: start.start.user_id, callID: start.start.call_control_id, streamID: start.stream_id,
                                     customParameters: start.start.custom_parameters ?? [:])
            return try envelope(start.sequence_number, start.stream_id, .start(stream), event: event)
        case "media":
            let media = try JSONWire.decode(Wire.Media.self, from: data, event: event)
            let bytes = try AudioPayload.base64(media.media.payload, event: event)
            let chunk = MediaChunk(chunk: Int(try JSONWire.integer(media.media.chunk, event: event, path: "media.chunk")),
                                   timestampMs: try JSONWire.integer(media.media.timestamp, event: event, path: "media.timestamp"),
                                   samples: try AudioPayload.decode(bytes, as: format.encoding, event: event))
            return try envelope(media.sequence_number, media.stream_id, .media(chunk), event: event)
        case "dtmf":
            let dtmf = try JSONWire.decode(Wire.DTMF.self, from: data, event: event)
            return try envelope(dtmf.sequence_number, dtmf.stream_id, .dtmf(digit: dtmf.dtmf.digit), event: event)
        case "mark":
            let mark = try JSONWire.decode(Wire.CarrierMark.self, from: data, event: event)
            return try envelope(mark.sequence_number, mark.stream_id, .mark(name: mark.mark.name), event: event)
        case "stop":
            let stop = try JSONWire.decode(Wire.Stop.self, from: data, event: event)
            return try envelope(stop.sequence_number, stop.stream_id, .stop(accountID: stop.stop.user_id, callID: stop.stop.call_control_id), event: event)
        case "clear":
            throw .wrongDirection(event: event, sender: "agent")
        default:
            throw .unknownEvent(event)
        }
    }

    public func encode(_ envelope: AgentEnvelope) -> WireMessage? {
        switch envelope.message {
        case .media(let samples):
            let payload = AudioPayload.base64(AudioPayload.encode(samples, as: format.encoding))
            return .text(JSONWire.text(Wire.AgentMedia(stream_id: envelope.streamID, media: .init(payload: payload))))
        case .mark(let name):
            return .text(JSONWire.text(Wire.AgentMark(stream_id: envelope.streamID, mark: .init(name: name))))
        case .clear:
            return .text(JSONWire.text(Wire.Clear(stream_id: envelope.streamID)))
        }
    }

    public func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "media":
            let media = try JSONWire.decode(Wire.AgentMedia.self, from: data, event: event)
            let bytes = try AudioPayload.base64(media.media.payload, event: event)
            let problems = AudioPayload.mulawMismatch(bytes).map { [MediaStreamError.notEncoded(event: event, encoding: "μ-law", why: $0)] } ?? []
            return AgentEnvelope(streamID: media.stream_id, message: .media(try AudioPayload.decode(bytes, as: format.encoding, event: event)),
                                 problems: problems)
        case "mark":
            let mark = try JSONWire.decode(Wire.AgentMark.self, from: data, event: event)
            return AgentEnvelope(streamID: mark.stream_id, message: .mark(name: mark.mark.name))
        case "clear":
            let clear = try JSONWire.decode(Wire.Clear.self, from: data, event: event)
            return AgentEnvelope(streamID: clear.stream_id, message: .clear)
        case "connected", "start", "dtmf", "stop":
            throw .wrongDirection(event: event, sender: "carrier")
        default:
            throw .unknownEvent(event)
        }
    }

    private func envelope(_ sequence: String, _ stream: String, _ message: CarrierMessage, event: String) throws(MediaStreamError) -> CarrierEnvelope {
        CarrierEnvelope(sequenceNumber: Int(try JSONWire.integer(sequence, event: event, path: "sequence_number")), streamID: stream, message: message)
    }
}
