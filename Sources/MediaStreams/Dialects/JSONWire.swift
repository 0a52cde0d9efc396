import Foundation

/// The JSON plumbing the JSON dialects share: encoding wire structs without escaped
/// slashes (base64 and `audio/x-mulaw` are full of them), and decoding with errors that
/// name the event and the field.
enum JSONWire {
    /// Text of `value` as compact JSON with its members in declaration order.
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Wire structs hold strings, integers and arrays only: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The `event` of a JSON text message and its bytes, or what is wrong with it.
    static func event(of wire: WireMessage, dialect: String) throws(MediaStreamError) -> (name: String, data: Data) {
        guard case .text(let text) = wire else { throw .unexpectedFrame(wire.summary, dialect: dialect) }
        let data = Data(text.utf8)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .notJSON("\"\(MediaStreamError.clip(text))\" does not parse")
        }
        guard let members = object as? [String: Any] else {
            throw .notJSON("\"\(MediaStreamError.clip(text))\" is not an object")
        }
        guard let name = members["event"] as? String else { throw .missingEvent }
        return (name, data)
    }

    /// `data` decoded as `T`, the error naming `event` and the field that is missing or wrong.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, event: String) throws(MediaStreamError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, let context):
                throw .missingField(event: event, path: path(context.codingPath + [key]))
            case .valueNotFound(let expected, let context):
                throw .wrongType(event: event, path: path(context.codingPath), expected: typeName(expected))
            case .typeMismatch(let expected, let context):
                throw .wrongType(event: event, path: path(context.codingPath), expected: typeName(expected))
            case .dataCorrupted(let context):
                throw .wrongType(event: event, path: path(context.codingPath), expected: "valid")
            @unknown default:
                throw .notJSON("\(event) does not decode")
            }
        } catch {
            throw .notJSON("\(event) does not decode")
        }
    }

    /// An integer written as a string (Twilio's sequence numbers, chunks and timestamps).
    static func integer(_ text: String, event: String, path: String) throws(MediaStreamError) -> Int64 {
        guard let value = Int64(text) else { throw .wrongType(event: event, path: path, expected: "an integer in a string") }
        return value
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a number"
        case is [String].Type: "an array of strings"
        case is [String: String].Type: "an object of strings"
        default: "of the right type"
        }
    }
}
