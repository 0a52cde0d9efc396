extension JSONValue {
    /// Where this value fails to hold `expected` as a subset, as one line naming the path
    /// (`$.status is "cancelled", expected "booked"`); nil when it holds. An expected
    /// object needs every one of its keys, with a value holding the expected one (keys it
    /// does not name may be anything); an expected array needs an array of the same length
    /// whose items hold the expected items in order; numbers compare by value (7 = 7.0),
    /// text, booleans and null exactly, and a value of another type never matches.
    public func subsetMismatch(_ expected: JSONValue, at path: String = "$") -> String? {
        switch (expected, self) {
        case (.object(let want), .object(let have)):
            for key in want.keys.sorted() {
                let inner = path + Self.pathStep(key)
                guard let value = have[key] else { return "\(inner) is missing, expected \(Self.shown(want[key]!))" }
                if let mismatch = value.subsetMismatch(want[key]!, at: inner) { return mismatch }
            }
            return nil
        case (.array(let want), .array(let have)):
            guard want.count == have.count else {
                return "\(path) has \(have.count) item\(have.count == 1 ? "" : "s"), expected \(want.count)"
            }
            for (index, pair) in zip(want, have).enumerated() {
                if let mismatch = pair.1.subsetMismatch(pair.0, at: "\(path)[\(index)]") { return mismatch }
            }
            return nil
        default:
            return expected == self ? nil : "\(path) is \(Self.shown(self)), expected \(Self.shown(expected))"
        }
    }

    /// `.key` for a key of letters, digits and `_` not starting with a digit, else `["key"]`.
    static func pathStep(_ key: String) -> String {
        let plain = key.first.map { $0.isLetter || $0 == "_" } == true && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? "." + key : "[" + JSONValue.string(key).jsonString() + "]"
    }

    /// A value as JSON on one line, cut to 80 characters.
    static func shown(_ value: JSONValue) -> String {
        let text = value.jsonString()
        return text.count <= 80 ? text : String(text.prefix(77)) + "..."
    }
}
