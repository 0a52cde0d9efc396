import AgentTools
import Foundation

/// One recorded provider call, stored as one human-readable JSON file: the request that
/// names it (secret-free) and every try with its timing.
public struct CassetteEntry: Sendable, Equatable, Codable {
    /// The stored request.
    public struct Request: Sendable, Equatable, Codable {
        /// `POST`.
        public var method: String
        /// `/v1/chat/completions`.
        public var path: String
        /// The canonical body.
        public var body: JSONValue
    }

    /// The file format's version.
    public var format: Int
    /// SHA-256 of the canonical request.
    public var key: String
    /// The request.
    public var request: Request
    /// The tries, in order.
    public var attempts: [ProviderAttempt]

    /// An entry for `request` and what came back.
    public init(_ request: ProviderRequest, exchange: ProviderExchange) {
        format = 1
        key = request.key
        self.request = Request(method: request.method, path: request.path, body: request.canonicalBody)
        attempts = exchange.attempts
    }

    /// The exchange to hand back.
    public var exchange: ProviderExchange { ProviderExchange(attempts: attempts) }

    /// The file name of a request's entry: the path's last words and the key
    /// (`chat-completions-3fa1….json`).
    public static func fileName(for request: ProviderRequest) -> String {
        let words = request.path.split(separator: "/").filter { $0 != "v1" }.map { $0.lowercased() }
        let slug = String(words.joined(separator: "-").map { $0.isLetter || $0.isNumber ? $0 : "-" })
        return (slug.isEmpty ? "" : slug + "-") + request.key + ".json"
    }

    /// Pretty JSON with sorted keys: stable and readable.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
