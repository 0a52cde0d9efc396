import AgentTools
import Foundation

/// Looks for a key in what a run left behind, in every form a reader could turn into it.
enum KeyScan {
    /// Where in `data` (a file's bytes or captured output) the key shows: as bytes, in a
    /// JSON string (escapes decoded), in JSON text inside such a string, in base64
    /// chunks, or in the joined strings of one member name across a stored stream.
    static func leaks(of key: String, in data: Data) -> [String] {
        var found: [String] = []
        if data.range(of: Data(key.utf8)) != nil { found.append("as bytes") }
        let text = String(decoding: data, as: UTF8.self)
        if let value = try? JSONValue(parsing: text) { return found + leaks(of: key, in: value, path: "$") }
        // JSON lines, or text with JSON in some lines.
        for line in text.split(whereSeparator: \.isNewline) where line.contains("{") || line.contains("[") {
            guard let value = try? JSONValue(parsing: String(line)) else { continue }
            found += leaks(of: key, in: value, path: "$")
        }
        return found
    }

    static func leaks(of key: String, in value: JSONValue, path: String) -> [String] {
        switch value {
        case .string(let s):
            var found = s.contains(key) ? ["in the string at \(path)"] : []
            if let inner = try? JSONValue(parsing: s), inner.object != nil || inner.array != nil {
                found += leaks(of: key, in: inner, path: path + "(json)")
            }
            return found
        case .array(let items):
            var found = items.enumerated().flatMap { leaks(of: key, in: $0.element, path: "\(path)[\($0.offset)]") }
            // A stored response: its chunks joined are a body, read as events.
            let body = items.compactMap { item -> Data? in
                if let text = item["text"]?.string { return Data(text.utf8) }
                return item["base64"]?.string.flatMap { Data(base64Encoded: $0) }
            }
            if !body.isEmpty { found += streamLeaks(of: key, in: body.reduce(Data(), +), path: path) }
            return found
        case .object(let members):
            return members.flatMap { leaks(of: key, in: $0.value, path: path + "." + $0.key) }
        default:
            return []
        }
    }

    /// The key in a stored body: as bytes, or in the strings of one member name joined
    /// over all of its `data:` events (a streamed text or tool arguments).
    static func streamLeaks(of key: String, in body: Data, path: String) -> [String] {
        var found = body.range(of: Data(key.utf8)) != nil ? ["in the body at \(path)"] : []
        var joined: [String: String] = [:]
        func collect(_ value: JSONValue, name: String) {
            switch value {
            case .string(let s): joined[name, default: ""] += s
            case .array(let items): items.forEach { collect($0, name: name) }
            case .object(let members): members.sorted { $0.key < $1.key }.forEach { collect($0.value, name: $0.key) }
            default: break
            }
        }
        for line in String(decoding: body, as: UTF8.self).split(whereSeparator: \.isNewline) where line.hasPrefix("data:") {
            if let value = try? JSONValue(parsing: String(line.dropFirst(5))) { collect(value, name: "") }
        }
        for (name, text) in joined {
            if text.contains(key) { found.append("in the joined \(name) strings of the body at \(path)") }
            // Tool arguments are JSON text with escapes of their own.
            if let inner = try? JSONValue(parsing: text) { found += leaks(of: key, in: inner, path: path + "(\(name) as json)") }
        }
        return found
    }
}
