import Foundation

/// Vonage Voice API WebSockets (an NCCO `connect` to a `websocket` endpoint): audio as
/// binary messages of 16-bit little-endian linear PCM both ways (16 kHz unless told; the
/// caller's in 20 ms messages of 640 bytes), control as JSON text. The carrier greets with
/// `websocket:connected`, its `content-type` (`audio/l16;rate=16000`) and the endpoint's
/// headers flattened beside it (the custom parameters); it sends `websocket:dtmf` with the
/// `digit`, `websocket:notify` with the `payload` of a `notify` whose audio has played, and
/// `websocket:cleared` after a `clear`. The agent sends `{"action": "clear"}` and
/// `{"action": "notify", "payload": {…}}`. There are no stream IDs or sequence numbers; a
/// hang-up closes the socket; a clear drops pending notifications without sending them.
///
/// A mark's name is its notify payload: `{"name": N}` stands for the name N, any other
/// payload for its JSON text with sorted keys.
public struct VonageDialect: MediaStreamDialect {
    public let name = "vonage"
    public let format: MediaAudioFormat
    public let agentMessagesNameStream = false
    public let echoesClearedMarks = false

    /// Creates the dialect at `sampleRate` (16 kHz by default; Vonage also streams 8 kHz).
    public init(sampleRate: Int = 16000) {
        format = MediaAudioFormat(encoding: .pcm16LittleEndian, sampleRate: sampleRate)
    }

    /// The `content-type` Vonage announces for the stream's audio.
    var contentType: String { "audio/l16;rate=\(format.sampleRate)" }

    public func encode(_ envelope: CarrierEnvelope) -> WireMessage? {
        switch envelope.message {
        case .connected, .stop:
            return nil
        case .start(let start):
            var members: [String: Any] = start.customParameters
            members["event"] = "websocket:connected"
            members["content-type"] = contentType
            return .text(Self.text(members))
        case .media(let chunk):
            return .binary(AudioPayload.encode(chunk.samples, as: format.encoding))
        case .dtmf(let digit):
            return .text(Self.text(["event": "websocket:dtmf", "digit": digit]))
        case .mark(let name):
            return .text(Self.text(["event": "websocket:notify", "payload": Self.payload(name)]))
        case .cleared:
            return .text(Self.text(["event": "websocket:cleared"]))
        }
    }

    public func decodeCarrier(_ wire: WireMessage) throws(MediaStreamError) -> CarrierEnvelope {
        let members: [String: Any]
        switch wire {
        case .binary(let bytes):
            let samples = try AudioPayload.decode(bytes, as: format.encoding, event: "media")
            return CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: .media(MediaChunk(chunk: 0, timestampMs: 0, samples: samples)))
        case .text(let text):
            members = try Self.object(text)
        }
        guard let event = members["event"] as? String else {
            if let action = members["action"] as? String { throw .wrongDirection(event: action, sender: "agent") }
            throw .missingEvent
        }
        let message: CarrierMessage
        switch event {
        case "websocket:connected":
            guard let announced = members["content-type"] as? String else { throw .missingField(event: event, path: "content-type") }
            guard announced == contentType else { throw .wrongFormat(announced: MediaStreamError.clip(announced), expected: contentType) }
            var parameters: [String: String] = [:]
            for (key, value) in members where key != "event" && key != "content-type" {
                parameters[key] = value as? String ?? (value as? NSNumber)?.stringValue ?? Self.text(value)
            }
            message = .start(StreamStart(accountID: "", callID: "", streamID: "", tracks: [], customParameters: parameters))
        case "websocket:dtmf":
            let nested = (members["dtmf"] as? [String: Any])?["digit"]
            guard let digit = (members["digit"] ?? nested).map({ $0 as? String ?? ($0 as? NSNumber)?.stringValue ?? "" }), !digit.isEmpty else {
                throw .missingField(event: event, path: "digit")
            }
            message = .dtmf(digit: digit)
        case "websocket:notify":
            guard let payload = members["payload"] else { throw .missingField(event: event, path: "payload") }
            message = .mark(name: Self.name(of: payload))
        case "websocket:cleared":
            message = .cleared
        default:
            throw .unknownEvent(event)
        }
        return CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: message)
    }

    public func encode(_ envelope: AgentEnvelope) -> WireMessage? {
        switch envelope.message {
        case .media(let samples):
            return .binary(AudioPayload.encode(samples, as: format.encoding))
        case .mark(let name):
            return .text(Self.text(["action": "notify", "payload": Self.payload(name)]))
        case .clear:
            return .text(Self.text(["action": "clear"]))
        }
    }

    public func decodeAgent(_ wire: WireMessage) throws(MediaStreamError) -> AgentEnvelope {
        let members: [String: Any]
        switch wire {
        case .binary(let bytes):
            guard !bytes.isEmpty else { throw .badPayload(event: "media", why: "is empty") }
            return AgentEnvelope(streamID: nil, message: .media(try AudioPayload.decode(bytes, as: format.encoding, event: "media")))
        case .text(let text):
            members = try Self.object(text)
        }
        guard let action = members["action"] as? String else {
            if let event = members["event"] as? String { throw event.hasPrefix("websocket:") ? .wrongDirection(event: event, sender: "carrier") : .unknownEvent(event) }
            throw .missingField(event: "a control message", path: "action")
        }
        switch action {
        case "clear":
            return AgentEnvelope(streamID: nil, message: .clear)
        case "notify":
            guard let payload = members["payload"] else { throw .missingField(event: action, path: "payload") }
            return AgentEnvelope(streamID: nil, message: .mark(name: Self.name(of: payload)))
        default:
            throw .unknownEvent(action)
        }
    }

    // MARK: - JSON

    /// The JSON object in `text`, or why it is none.
    static func object(_ text: String) throws(MediaStreamError) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
            throw .notJSON("\"\(MediaStreamError.clip(text))\" does not parse")
        }
        guard let members = object as? [String: Any] else { throw .notJSON("\"\(MediaStreamError.clip(text))\" is not an object") }
        return members
    }

    /// Compact JSON text of `value`, keys sorted, slashes as they are.
    static func text(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return String(describing: value)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The notify payload standing for a mark's name.
    static func payload(_ name: String) -> Any {
        if let object = try? JSONSerialization.jsonObject(with: Data(name.utf8)) as? [String: Any], object["name"] == nil || object.count > 1 {
            return object
        }
        return ["name": name]
    }

    /// The mark's name a notify payload stands for.
    static func name(of payload: Any) -> String {
        if let object = payload as? [String: Any], object.count == 1, let name = object["name"] as? String { return name }
        if let text = payload as? String { return text }
        return text(payload)
    }
}
