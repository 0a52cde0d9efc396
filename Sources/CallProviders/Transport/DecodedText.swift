/// Text as a reader of JSON would see it in a byte stream, each byte tied to the bytes of
/// the stream it came from, so a secret found in it can be cut out of the stream.
///
/// The strings of a JSON stream are decoded (`\u0073` is `s`) and those that are values
/// of members of the same name are joined in order: a chat model's streamed `content`
/// deltas (`"sk-te"`, `"st-SEC"`, `"RET123"`) read as one text, and so do the fragments of
/// tool-call `arguments`, which are JSON text themselves and are decoded once more.
struct DecodedText {
    /// The decoded bytes.
    var bytes: [UInt8] = []
    /// For each decoded byte, the bytes of the stream it came from (a whole escape
    /// sequence for an escaped character).
    var sources: [Range<Int>] = []

    /// How many times strings inside strings are decoded.
    static let depth = 2

    /// Every text of `stream` that a secret could hide in once decoded: the joined strings
    /// of each member name, and the strings inside those, `depth` levels down.
    static func texts(of stream: [UInt8]) -> [DecodedText] {
        var out: [DecodedText] = []
        var level = [DecodedText(bytes: stream, sources: [])]
        for _ in 0..<depth {
            level = level.flatMap { $0.joinedStrings() }
            out += level
        }
        return out
    }

    /// The stream bytes of decoded byte `index` (itself, for the undecoded stream).
    func source(_ index: Int) -> Range<Int> { sources.isEmpty ? index..<index + 1 : sources[index] }

    /// The strings of this text read as JSON, decoded and joined per member name, in order
    /// of first appearance. A quote whose string does not end before the line does is not
    /// a string (so plain text with a stray quote is read on).
    func joinedStrings() -> [DecodedText] {
        var groups: [[UInt8]: DecodedText] = [:]
        var order: [[UInt8]] = []
        var memberName: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\"") else { i += 1; continue }
            guard let (decoded, end) = string(at: i) else { i += 1; continue }
            var next = end
            while next < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[next]) { next += 1 }
            let isName = next < bytes.count && bytes[next] == UInt8(ascii: ":")
            // Names join among themselves; values under the name they belong to.
            let group = isName ? [0] : memberName
            if isName { memberName = decoded.bytes }
            if groups[group] == nil { order.append(group) }
            groups[group, default: DecodedText()].append(decoded)
            i = end
        }
        return order.compactMap { groups[$0] }
    }

    private mutating func append(_ other: DecodedText) {
        bytes += other.bytes
        sources += other.sources
    }

    /// The string starting at the quote at `start`, decoded, and the index after its
    /// closing quote; nil when it does not end on its line.
    private func string(at start: Int) -> (DecodedText, Int)? {
        var out = DecodedText()
        var i = start + 1
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                return (out, i + 1)
            case 0x0A, 0x0D:
                return nil
            case UInt8(ascii: "\\"):
                guard let (scalar, end) = escape(at: i) else {
                    out.add([byte], from: source(i))
                    i += 1
                    continue
                }
                out.add(Array(String(scalar).utf8), from: source(i).lowerBound..<source(end - 1).upperBound)
                i = end
            default:
                out.add([byte], from: source(i))
                i += 1
            }
        }
        return nil
    }

    private mutating func add(_ decoded: [UInt8], from range: Range<Int>) {
        bytes += decoded
        sources += repeatElement(range, count: decoded.count)
    }

    /// The character of the escape sequence at `start` (a backslash) and the index after
    /// it; a `\uD83D\uDE00` surrogate pair is one character, a lone surrogate U+FFFD.
    private func escape(at start: Int) -> (Unicode.Scalar, Int)? {
        guard start + 1 < bytes.count else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "\""): return ("\"", start + 2)
        case UInt8(ascii: "\\"): return ("\\", start + 2)
        case UInt8(ascii: "/"): return ("/", start + 2)
        case UInt8(ascii: "b"): return ("\u{08}", start + 2)
        case UInt8(ascii: "f"): return ("\u{0C}", start + 2)
        case UInt8(ascii: "n"): return ("\n", start + 2)
        case UInt8(ascii: "r"): return ("\r", start + 2)
        case UInt8(ascii: "t"): return ("\t", start + 2)
        case UInt8(ascii: "u"):
            guard let high = hex4(at: start + 2) else { return nil }
            if (0xD800..<0xDC00).contains(high), start + 12 <= bytes.count,
               bytes[start + 6] == UInt8(ascii: "\\"), bytes[start + 7] == UInt8(ascii: "u"),
               let low = hex4(at: start + 8), (0xDC00..<0xE000).contains(low) {
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return (Unicode.Scalar(value) ?? "\u{FFFD}", start + 12)
            }
            return (Unicode.Scalar(high) ?? "\u{FFFD}", start + 6)
        default:
            return nil
        }
    }

    private func hex4(at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
