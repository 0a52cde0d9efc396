/// Why a media socket could not be opened or served. Its description is one line naming
/// the URL without its query or credentials, and never holds a header's value.
public struct MediaSocketError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case invalidURL
        case unsupportedScheme(String)
        case timedOut(ms: Int64)
        case rejected(status: Int)
        case failed(String)
        case missingVariable(field: String, variable: String)
        case tls(String)
    }

    private let reason: Reason
    /// The URL or address the error is about, redacted.
    public let target: String

    private init(_ reason: Reason, target: String) {
        self.reason = reason
        self.target = target
    }

    static func invalidURL(_ target: String) -> Self { .init(.invalidURL, target: target) }
    static func unsupportedScheme(_ scheme: String, _ target: String) -> Self { .init(.unsupportedScheme(scheme), target: target) }
    static func timedOut(ms: Int64, _ target: String) -> Self { .init(.timedOut(ms: ms), target: target) }
    static func rejected(status: Int, _ target: String) -> Self { .init(.rejected(status: status), target: target) }
    static func failed(_ why: String, _ target: String) -> Self { .init(.failed(why), target: target) }
    static func missingVariable(field: String, variable: String) -> Self {
        .init(.missingVariable(field: field, variable: variable), target: field)
    }
    static func tls(_ why: String, _ target: String) -> Self { .init(.tls(why), target: target) }

    /// True when the peer did not complete the WebSocket handshake in time.
    public var isTimeout: Bool {
        if case .timedOut = reason { return true }
        return false
    }

    public var description: String {
        switch reason {
        case .invalidURL: "\(target): not a WebSocket URL"
        case .unsupportedScheme(let scheme): "\(target): scheme \(scheme) is not ws or wss"
        case .timedOut(let ms): "\(target): no WebSocket handshake within \(ms) ms"
        case .rejected(let status): "\(target): the server answered the handshake with HTTP \(status)"
        case .failed(let why): "\(target): \(why)"
        case .missingVariable(let field, let variable): "\(field) needs the environment variable \(variable), which is not set"
        case .tls(let why): "\(target): TLS setup failed: \(why)"
        }
    }
}
