import AgentTools
import Foundation

/// Removes secrets (API keys) from anything that is stored or shown.
public struct Redactor: Sendable {
    /// What a secret is replaced with.
    public static let mask = "[REDACTED]"
    /// Body members that hold credentials by their name; dropped from stored requests.
    static let credentialKeys: Set<String> = ["api_key", "apikey", "api-key", "authorization", "access_token", "token",
                                              "password", "secret", "client_secret", "key"]

    /// The secret values (shorter than 4 characters are ignored: they would mask ordinary text).
    public let secrets: [String]

    /// Creates a redactor for `secrets`.
    public init(_ secrets: [String]) {
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    /// `text` with every secret masked, also one that shows only once JSON strings in it
    /// are decoded and joined (see `DecodedText`).
    public func text(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        let plain = secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.mask) }
        let bytes = Array(plain.utf8)
        guard let cuts = cuts(in: bytes) else { return plain }
        return String(decoding: cuts.apply(to: bytes), as: UTF8.self)
    }

    /// `value` without credential members and with every secret masked in its strings.
    public func json(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): .string(text(s))
        case .array(let items): .array(items.map(json))
        case .object(let members):
            .object(Dictionary(uniqueKeysWithValues: members.filter { !Self.credentialKeys.contains($0.key.lowercased()) }
                .map { ($0.key, json($0.value)) }))
        default: value
        }
    }

    /// The chunks with every secret masked, even one split across chunks or one that shows
    /// only once the body's JSON strings are decoded and joined (a key streamed in pieces
    /// of `content`, or escaped): the mask goes into the chunk that completed the secret,
    /// so no chunk arrives earlier than before.
    public func chunks(_ chunks: [TimedChunk]) -> [TimedChunk] {
        guard !secrets.isEmpty, !chunks.isEmpty else { return chunks }
        let all = chunks.reduce(into: [UInt8]()) { $0.append(contentsOf: $1.data) }
        guard let cuts = cuts(in: all) else { return chunks }
        var out: [TimedChunk] = []
        var position = 0
        for chunk in chunks {
            let end = position + chunk.data.count
            out.append(TimedChunk(at: chunk.at, data: Data(cuts.apply(to: all, in: position..<end))))
            position = end
        }
        return out
    }

    /// What to cut out of `stream`: every secret as its bytes appear, and as they appear in
    /// the stream's decoded texts; nil when there is none.
    func cuts(in stream: [UInt8]) -> Cuts? {
        var cuts = Cuts(count: stream.count)
        let secretBytes = secrets.map { [UInt8]($0.utf8) }
        for text in [DecodedText(bytes: stream, sources: [])] + DecodedText.texts(of: stream) {
            for secret in secretBytes {
                var i = 0
                while i + secret.count <= text.bytes.count {
                    guard text.bytes[i] == secret[0], text.bytes[i..<i + secret.count].elementsEqual(secret) else { i += 1; continue }
                    cuts.cut((i..<i + secret.count).map(text.source))
                    i += secret.count
                }
            }
        }
        return cuts.isEmpty ? nil : cuts
    }

    /// Bytes to drop from a stream, and where a mask replaces them: after the last byte of
    /// each secret.
    struct Cuts {
        private var dropped: [Bool]
        private var maskAfter: Set<Int> = []

        init(count: Int) { dropped = [Bool](repeating: false, count: count) }

        var isEmpty: Bool { maskAfter.isEmpty }

        /// Drops the bytes of one secret's appearance and masks it after its last byte.
        mutating func cut(_ ranges: [Range<Int>]) {
            for range in ranges { for i in range { dropped[i] = true } }
            if let last = ranges.map(\.upperBound).max() { maskAfter.insert(last - 1) }
        }

        /// The bytes of `stream` in `range` (all of them by default) after the cuts.
        func apply(to stream: [UInt8], in range: Range<Int>? = nil) -> [UInt8] {
            let mask = [UInt8](Redactor.mask.utf8)
            var out: [UInt8] = []
            for i in range ?? 0..<stream.count {
                if !dropped[i] { out.append(stream[i]) }
                if maskAfter.contains(i) { out += mask }
            }
            return out
        }
    }
}
