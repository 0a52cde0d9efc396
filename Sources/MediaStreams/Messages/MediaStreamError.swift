/// Something wrong with a message on a media stream. Its description is one line that
/// names the event and what was wrong; `code` is a stable short name for reports.
public struct MediaStreamError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case notJSON(String)
        case missingEvent
        case unknownEvent(String)
        case missingField(event: String, path: String)
        case wrongType(event: String, path: String, expected: String)
        case unexpectedFrame(String, dialect: String)
        case badPayload(event: String, why: String)
        case notEncoded(event: String, encoding: String, why: String)
        case wrongStream(event: String, named: String, expected: String)
        case missingStream(event: String)
        case beforeStart(event: String)
        case wrongFormat(announced: String, expected: String)
        case wrongDirection(event: String, sender: String)
        case unsupported(event: String, dialect: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) { self.reason = reason }

    /// A text message that is not a JSON object.
    public static func notJSON(_ why: String) -> Self { .init(.notJSON(why)) }
    /// A JSON object without an `event` string.
    public static let missingEvent = Self(.missingEvent)
    /// An event the dialect does not know.
    public static func unknownEvent(_ name: String) -> Self { .init(.unknownEvent(name)) }
    /// A required field is absent (`path` like `media.payload`).
    public static func missingField(event: String, path: String) -> Self { .init(.missingField(event: event, path: path)) }
    /// A field has the wrong JSON type.
    public static func wrongType(event: String, path: String, expected: String) -> Self {
        .init(.wrongType(event: event, path: path, expected: expected))
    }
    /// A text or binary frame the dialect never carries (`frame` says which and its size).
    public static func unexpectedFrame(_ frame: String, dialect: String) -> Self { .init(.unexpectedFrame(frame, dialect: dialect)) }
    /// A payload that cannot be decoded at all (not base64, empty, an odd number of bytes).
    public static func badPayload(event: String, why: String) -> Self { .init(.badPayload(event: event, why: why)) }
    /// A payload that decodes but is evidently not in the stream's encoding.
    public static func notEncoded(event: String, encoding: String, why: String) -> Self {
        .init(.notEncoded(event: event, encoding: encoding, why: why))
    }
    /// A message naming another stream than this one.
    public static func wrongStream(event: String, named: String, expected: String) -> Self {
        .init(.wrongStream(event: event, named: named, expected: expected))
    }
    /// A message that must name its stream and does not.
    public static func missingStream(event: String) -> Self { .init(.missingStream(event: event)) }
    /// A message that came before the stream started.
    public static func beforeStart(event: String) -> Self { .init(.beforeStart(event: event)) }
    /// A `start` announcing another audio format than the dialect's.
    public static func wrongFormat(announced: String, expected: String) -> Self { .init(.wrongFormat(announced: announced, expected: expected)) }
    /// An event only the other side sends (an agent sending `start`, say); `sender` is
    /// the side that does send it ("carrier" or "agent").
    public static func wrongDirection(event: String, sender: String) -> Self { .init(.wrongDirection(event: event, sender: sender)) }
    /// A valid event of the protocol that the harness does not act on (Plivo's `sendDTMF`).
    public static func unsupported(event: String, dialect: String) -> Self { .init(.unsupported(event: event, dialect: dialect)) }

    /// A stable short name for the kind of problem ("bad-json", "wrong-stream", …).
    public var code: String {
        switch reason {
        case .notJSON: "bad-json"
        case .missingEvent: "missing-event"
        case .unknownEvent: "unknown-event"
        case .missingField: "missing-field"
        case .wrongType: "wrong-type"
        case .unexpectedFrame: "unexpected-frame"
        case .badPayload: "bad-payload"
        case .notEncoded: "wrong-encoding"
        case .wrongStream: "wrong-stream"
        case .missingStream: "missing-stream"
        case .beforeStart: "before-start"
        case .wrongFormat: "wrong-format"
        case .wrongDirection: "wrong-direction"
        case .unsupported: "unsupported-event"
        }
    }

    public var description: String {
        switch reason {
        case .notJSON(let why): "not a JSON message: \(why)"
        case .missingEvent: "a JSON message without an \"event\" string"
        case .unknownEvent(let name): "unknown event \"\(Self.clip(name))\""
        case .missingField(let event, let path): "\(event) without \(path)"
        case .wrongType(let event, let path, let expected): "\(event): \(path) is not \(expected)"
        case .unexpectedFrame(let frame, let dialect): "\(frame), which the \(dialect) protocol never carries"
        case .badPayload(let event, let why): "\(event) payload \(why)"
        case .notEncoded(let event, let encoding, let why): "\(event) payload is not \(encoding): \(why)"
        case .wrongStream(let event, let named, let expected):
            "\(event) for stream \"\(Self.clip(named))\", but this stream is \"\(expected)\"; ignored"
        case .missingStream(let event): "\(event) without the stream's ID; ignored"
        case .beforeStart(let event): "\(event) before the stream started; ignored"
        case .wrongFormat(let announced, let expected): "start announces \(announced), but the stream is \(expected)"
        case .wrongDirection(let event, let sender): "\(event) is an event only the \(sender) sends; ignored"
        case .unsupported(let event, let dialect): "\(event) is a \(dialect) event callharness does not act on; ignored"
        }
    }

    /// Text from the wire, cut short enough for a one-line message.
    static func clip(_ text: String, _ limit: Int = 40) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
