import Foundation

/// One HTTP request as libcurl sends it.
public struct HTTPRequest: Sendable {
    /// `GET` or `POST`.
    public var method: String
    /// The full URL.
    public var url: String
    /// Header lines as name and value, in order.
    public var headers: [(name: String, value: String)]
    /// The body (empty for none).
    public var body: Data
    /// The longest wait for the connection, in milliseconds.
    public var connectTimeoutMs: Int
    /// The longest the whole exchange may take, in milliseconds.
    public var timeoutMs: Int

    /// Creates a request.
    public init(method: String = "POST", url: String, headers: [(name: String, value: String)] = [], body: Data = Data(),
                connectTimeoutMs: Int = 5000, timeoutMs: Int = 30000) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connectTimeoutMs = connectTimeoutMs
        self.timeoutMs = timeoutMs
    }
}
