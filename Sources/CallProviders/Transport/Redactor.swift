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

    /// `text` with every secret masked.
    public func text(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.mask) }
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

    /// The chunks with every secret masked, even one split across chunks: the mask goes
    /// into the chunk that completed the secret, so no chunk arrives earlier than before.
    public func chunks(_ chunks: [TimedChunk]) -> [TimedChunk] {
        guard !secrets.isEmpty, !chunks.isEmpty else { return chunks }
        let all = chunks.reduce(into: [UInt8]()) { $0.append(contentsOf: $1.data) }
        var matchEnd = [Int: Int]() // first byte of a match → one past its last byte
        for secret in secrets.map({ [UInt8]($0.utf8) }) {
            var i = 0
            while i + secret.count <= all.count {
                if all[i] == secret[0] && Array(all[i..<i + secret.count]) == secret && !Self.overlaps(i, secret.count, matchEnd) {
                    matchEnd[i] = i + secret.count
                    i += secret.count
                } else {
                    i += 1
                }
            }
        }
        guard !matchEnd.isEmpty else { return chunks }
        let mask = [UInt8](Self.mask.utf8)
        var out: [TimedChunk] = []
        var position = 0
        var inMatchUntil = 0
        for chunk in chunks {
            var bytes: [UInt8] = []
            for byte in chunk.data {
                if let end = matchEnd[position] { inMatchUntil = end }
                if position < inMatchUntil {
                    if position == inMatchUntil - 1 { bytes.append(contentsOf: mask) }
                } else {
                    bytes.append(byte)
                }
                position += 1
            }
            out.append(TimedChunk(at: chunk.at, data: Data(bytes)))
        }
        return out
    }

    private static func overlaps(_ start: Int, _ length: Int, _ matches: [Int: Int]) -> Bool {
        matches.contains { $0.key < start + length && start < $0.value }
    }
}
