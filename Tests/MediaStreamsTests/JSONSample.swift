import Foundation
import MediaStreams

/// Literal JSON compared by meaning: the same members and values in any order.
enum JSONSample {
    /// The JSON object in `text`, as Foundation parses it.
    static func object(_ text: String) -> NSDictionary? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? NSDictionary
    }

    /// Whether `wire` is a text message holding the same JSON object as `expected`.
    static func matches(_ wire: WireMessage?, _ expected: String) -> Bool {
        guard case .text(let text)? = wire, let actual = object(text), let wanted = object(expected) else { return false }
        return actual.isEqual(wanted)
    }

    /// The JSON object of a text message, nil for anything else.
    static func members(_ wire: WireMessage?) -> [String: Any]? {
        guard case .text(let text)? = wire else { return nil }
        return object(text) as? [String: Any]
    }
}
