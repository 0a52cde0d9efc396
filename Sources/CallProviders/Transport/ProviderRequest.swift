import Digest
import AgentTools
import Foundation

/// A request to a provider: what is sent, and the secret-free description that names it
/// in cassettes.
public struct ProviderRequest: Sendable {
    /// `POST`.
    public var method: String
    /// The full URL.
    public var url: String
    /// The URL's path (`/v1/chat/completions`).
    public var path: String
    /// Header lines sent with it (credentials included; never stored).
    public var headers: [(name: String, value: String)]
    /// The body as sent.
    public var body: Data
    /// What identifies the request, without secrets: the JSON body, or for an upload its
    /// form fields and a digest of the file.
    public var canonicalBody: JSONValue
    /// A short excerpt of what the request is about (the last user message), for errors.
    public var excerpt: String
    /// Secret values that must never be stored or shown (the API key).
    public var secrets: [String]

    /// Creates a request; `canonicalBody` is stored with secrets stripped.
    public init(method: String = "POST", url: String, headers: [(name: String, value: String)], body: Data,
                canonicalBody: JSONValue, excerpt: String = "", secrets: [String] = []) {
        let redactor = Redactor(secrets)
        self.method = method
        self.url = url
        self.path = Self.path(of: url)
        self.headers = headers
        self.body = body
        self.canonicalBody = redactor.json(canonicalBody)
        self.excerpt = redactor.text(excerpt)
        self.secrets = secrets
    }

    /// `METHOD /path`, for messages.
    public var call: String { "\(method) \(path)" }

    /// The text the key is the digest of: method, path and the body with sorted keys.
    public var canonicalText: String { "\(method) \(path)\n\(canonicalBody.jsonString())" }

    /// The SHA-256 of the canonical text, as hex: the request's name in a cassette.
    public var key: String { SHA256.hex(canonicalText) }

    /// The path of a URL (without query), or `/` when it has none.
    static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = rest[slash...]
        return String(path.prefix { $0 != "?" && $0 != "#" })
    }
}
