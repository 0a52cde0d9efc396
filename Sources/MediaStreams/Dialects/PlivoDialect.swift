import Foundation

/// Plivo audio streams (bidirectional `<Stream>`): JSON text messages in camelCase. The
/// carrier sends `start` at once (no greeting before it) with `callId`, `streamId`,
/// `accountId`, `tracks` and `mediaFormat`, custom parameters as `extra_headers`
/// (`k=v;k=v`); then `media` (track `inbound`, `chunk` a number, `timestamp` a string of
/// milliseconds — here since the stream opened, not the Unix epoch, so a run does not
/// depend on the day), `dtmf`, `playedStream` when playback reaches a `checkpoint`, and
/// `clearedAudio` after a `clearAudio`. A clear never echoes the checkpoints it drops, and
/// the stream ends by the socket closing (Plivo reports it in an HTTP callback, not on the
/// socket). The agent sends `playAudio` (its `contentType` and `sampleRate` announced in
/// each message), `checkpoint` and `clearAudio`, naming the stream or not.
///
/// Formats: `audio/x-mulaw` at 8 kHz (the default) or `audio/x-l16` at 8 or 16 kHz,
/// taken to be little-endian as on the other raw-PCM sockets.
public struct PlivoDialect: MediaStreamDialect {
    public let name = "plivo"
    public let format: MediaAudioFormat
    public let agentMessagesNameStream = false
    public let echoesClearedMarks = false

    /// Creates the dialect for `format` (μ-law at 8 kHz unless told).
    public init(format: MediaAudioFormat = .mulaw8k) {
        self.format = format
    }

    /// Plivo's name for an encoding.
    static func contentType(_ encoding: MediaAudioFormat.Encoding) -> String {
        encoding == .mulaw ? "audio/x-mulaw" : "audio/x-l16"
    }

    public func encode(_ envelope: CarrierEnvelope) -> WireMessage? {
        let sequence = envelope.sequenceNumber ?? 0
        let stream = envelope.streamID ?? ""
        switch envelope.message {
        case .connected, .stop:
            return nil
        case .start(let start):
            let body = Wire.Start.Body(callId: start.callID, streamId: start.streamID, accountId: start.accountID, tracks: start.tracks,
                                       mediaFormat: .init(encoding: Self.contentType(format.encoding), sampleRate: format.sampleRate))
            return .text(JSONWire.text(Wire.Start(sequenceNumber: sequence, start: body, extra_headers: Self.headers(start.customParameters))))
        case .media(let chunk):
            let payload = AudioPayload.base64(AudioPayload.encode(chunk.samples, as: format.encoding))
            let media = Wire.Media.Body(track: "inbound", timestamp: String(chunk.timestampMs), chunk: chunk.chunk, payload: payload)
            return .text(JSONWire.text(Wire.Media(sequenceNumber: sequence, streamId: stream, media: media)))
        case .dtmf(let digit):
            return .text(JSONWire.text(Wire.DTMF(sequenceNumber: sequence, streamId: stream, dtmf: .init(track: "inbound", digit: digit))))
        case .mark(let name):
            return .text(JSONWire.text(Wire.PlayedStream(sequenceNumber: sequence, streamId: stream, name: name)))
        case .cleared:
            return .text(JSONWire.text(Wire.ClearedAudio(sequenceNumber: sequence, streamId: stream)))
        }
    }

    public func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "start":
            let start = try JSONWire.decode(Wire.Start.self, from: data, event: event)
            let announced = start.start.mediaFormat
            guard announced.encoding == Self.contentType(format.encoding), announced.sampleRate == format.sampleRate else {
                throw .wrongFormat(announced: "\(announced.encoding) at \(announced.sampleRate) Hz",
                                   expected: "\(Self.contentType(format.encoding)) at \(format.sampleRate) Hz")
            }
            let body = start.start
            let stream = StreamStart(accountID: body.accountId, callID: body.callId, streamID: body.streamId, tracks: body.tracks,
                                     customParameters: Self.parameters(start.extra_headers))
            return CarrierEnvelope(sequenceNumber: start.sequenceNumber, streamID: body.streamId, message: .start(stream))
        case "media":
            let media = try JSONWire.decode(Wire.Media.self, from: data, event: event)
            let bytes = try AudioPayload.base64(media.media.payload, event: event)
            let chunk = MediaChunk(chunk: media.media.chunk, timestampMs: try JSONWire.integer(media.media.timestamp, event: event, path: "media.timestamp"),
                                   samples: try AudioPayload.decode(bytes, as: format.encoding, event: event))
            return CarrierEnvelope(sequenceNumber: media.sequenceNumber, streamID: media.streamId, message: .media(chunk))
        case "dtmf":
            let dtmf = try JSONWire.decode(Wire.DTMF.self, from: data, event: event)
            return CarrierEnvelope(sequenceNumber: dtmf.sequenceNumber, streamID: dtmf.streamId, message: .dtmf(digit: dtmf.dtmf.digit))
        case "playedStream":
            let played = try JSONWire.decode(Wire.PlayedStream.self, from: data, event: event)
            return CarrierEnvelope(sequenceNumber: played.sequenceNumber, streamID: played.streamId, message: .mark(name: played.name))
        case "clearedAudio":
            let cleared = try JSONWire.decode(Wire.ClearedAudio.self, from: data, event: event)
            return CarrierEnvelope(sequenceNumber: cleared.sequenceNumber, streamID: cleared.streamId, message: .cleared)
        case "playAudio", "checkpoint", "clearAudio", "sendDTMF":
            throw .wrongDirection(event: event, sender: "agent")
        default:
            throw .unknownEvent(event)
        }
    }

    public func encode(_ envelope: AgentEnvelope) -> WireMessage? {
        switch envelope.message {
        case .media(let samples):
            let payload = AudioPayload.base64(AudioPayload.encode(samples, as: format.encoding))
            let media = Wire.PlayAudio.Body(contentType: Self.contentType(format.encoding), sampleRate: format.sampleRate, payload: payload)
            return .text(JSONWire.text(Wire.PlayAudio(media: media, streamId: envelope.streamID)))
        case .mark(let name):
            return .text(JSONWire.text(Wire.Checkpoint(streamId: envelope.streamID, name: name)))
        case .clear:
            return .text(JSONWire.text(Wire.ClearAudio(streamId: envelope.streamID)))
        }
    }

    public func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope {
        let (event, data) = try JSONWire.event(of: wire, dialect: name)
        switch event {
        case "playAudio":
            let play = try JSONWire.decode(Wire.PlayAudio.self, from: data, event: event)
            let expected = Self.contentType(format.encoding)
            // Plivo does not switch codecs within a stream: audio announced otherwise is not played.
            guard play.media.contentType == expected, play.media.sampleRate == format.sampleRate else {
                throw .notEncoded(event: event, encoding: "\(expected) at \(format.sampleRate) Hz",
                                  why: "it is announced as \(MediaStreamError.clip(play.media.contentType)) at \(play.media.sampleRate) Hz")
            }
            let bytes = try AudioPayload.base64(play.media.payload, event: event)
            var problems: [MediaStreamError] = []
            if format.encoding == .mulaw, let why = AudioPayload.mulawMismatch(bytes) {
                problems.append(.notEncoded(event: event, encoding: "μ-law", why: why))
            }
            return AgentEnvelope(streamID: play.streamId, message: .media(try AudioPayload.decode(bytes, as: format.encoding, event: event)),
                                 problems: problems)
        case "checkpoint":
            let checkpoint = try JSONWire.decode(Wire.Checkpoint.self, from: data, event: event)
            return AgentEnvelope(streamID: checkpoint.streamId, message: .mark(name: checkpoint.name))
        case "clearAudio":
            let clear = try JSONWire.decode(Wire.ClearAudio.self, from: data, event: event)
            return AgentEnvelope(streamID: clear.streamId, message: .clear)
        case "sendDTMF":
            throw .unsupported(event: event, dialect: name)
        case "start", "media", "dtmf", "playedStream", "clearedAudio":
            throw .wrongDirection(event: event, sender: "carrier")
        default:
            throw .unknownEvent(event)
        }
    }

    /// Custom parameters as Plivo's `extra_headers` text, keys in order; nil when there are none.
    static func headers(_ parameters: [String: String]) -> String? {
        guard !parameters.isEmpty else { return nil }
        return parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }

    /// The parameters in an `extra_headers` text (`k=v` pairs split by `;` or `,`).
    static func parameters(_ headers: String?) -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in (headers ?? "").split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let key = parts.first?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { continue }
            parameters[key] = parts.count > 1 ? String(parts[1]) : ""
        }
        return parameters
    }
}
