/// Why an HTTP exchange did not complete. Its description is one line.
public struct HTTPError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case timedOut(ms: Int)
        case failed(String)
    }

    private let reason: Reason
    /// The URL the error is about.
    public let url: String
    /// Microseconds from the start of the request to the failure.
    public let elapsed: Int64

    private init(_ reason: Reason, url: String, elapsed: Int64) {
        self.reason = reason
        self.url = url
        self.elapsed = elapsed
    }

    static func timedOut(_ url: String, ms: Int, elapsed: Int64) -> Self { .init(.timedOut(ms: ms), url: url, elapsed: elapsed) }
    static func failed(_ url: String, _ why: String, elapsed: Int64) -> Self { .init(.failed(why), url: url, elapsed: elapsed) }

    /// True when the exchange ran out of time.
    public var isTimeout: Bool {
        if case .timedOut = reason { return true }
        return false
    }

    /// What went wrong, without the URL (which may hold a secret).
    public var cause: String {
        switch reason {
        case .timedOut(let ms): "no complete answer within \(ms) ms"
        case .failed(let why): why
        }
    }

    public var description: String { "\(url): \(cause)" }
}
