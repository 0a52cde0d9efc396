import Foundation

/// A media socket's address, checked, with a form safe to print.
public struct MediaSocketURL: Sendable, Equatable, CustomStringConvertible {
    /// The URL as given (it may hold a token in its query: never print it).
    public let url: URL
    /// Whether the socket is TLS (`wss`).
    public let secure: Bool
    /// The host.
    public let host: String
    /// The port (the scheme's default when the URL names none).
    public let port: Int

    /// Checks `text` is a `ws://` or `wss://` URL with a host.
    public init(_ text: String) throws(MediaSocketError) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw .invalidURL(Self.redact(text))
        }
        guard scheme == "ws" || scheme == "wss" else { throw .unsupportedScheme(scheme, Self.redact(text)) }
        self.url = url
        secure = scheme == "wss"
        self.host = host
        port = url.port ?? (secure ? 443 : 80)
    }

    /// scheme://host:port/path — no credentials, no query, no fragment.
    public var description: String {
        "\(secure ? "wss" : "ws")://\(host.contains(":") ? "[\(host)]" : host):\(port)\(url.path.isEmpty ? "/" : url.path)"
    }

    /// `text` cut before any credentials, query or fragment, for an error about a URL that did not parse.
    static func redact(_ text: String) -> String {
        var cut = text
        if let end = cut.firstIndex(where: { $0 == "?" || $0 == "#" }) { cut = String(cut[..<end]) }
        if let scheme = cut.range(of: "://") {
            let authorityEnd = cut[scheme.upperBound...].firstIndex(of: "/") ?? cut.endIndex
            if let at = cut[scheme.upperBound..<authorityEnd].lastIndex(of: "@") {
                cut = String(cut[..<scheme.upperBound]) + String(cut[cut.index(after: at)...])
            }
        }
        return cut
    }
}
