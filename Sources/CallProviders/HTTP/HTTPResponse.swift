import Foundation

/// What came back for an `HTTPRequest`: status, headers and the body as it arrived.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Headers by lower-cased name (a repeated header keeps its last value).
    public var headers: [String: String]
    /// The body in the pieces it arrived in, each with its arrival time.
    public var chunks: [TimedChunk]
    /// Microseconds from the start of the request to the end of the body.
    public var duration: Int64

    /// Creates a response.
    public init(status: Int, headers: [String: String], chunks: [TimedChunk], duration: Int64) {
        self.status = status
        self.headers = headers
        self.chunks = chunks
        self.duration = duration
    }

    /// The whole body.
    public var body: Data { chunks.reduce(into: Data()) { $0.append($1.data) } }
}
