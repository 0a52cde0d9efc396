import Foundation

/// One try of a provider request: the response as it arrived, or why none did.
public struct ProviderAttempt: Sendable, Equatable {
    /// Microseconds from the start of the whole call (back-off included) to this try.
    public var start: Int64
    /// Microseconds the try took.
    public var duration: Int64
    /// The status code, nil when no response arrived.
    public var status: Int?
    /// Response headers worth keeping (content type, retry hints), lower-cased names.
    public var headers: [String: String]
    /// The body as it arrived; chunk times are from the start of this try.
    public var chunks: [TimedChunk]
    /// Why no response arrived (nil when one did).
    public var failure: String?
    /// True when the try ran out of time.
    public var timedOut: Bool

    /// Headers a cassette keeps; everything else (cookies, ids, server names) is dropped.
    public static let keptHeaders: Set<String> = ["content-type", "retry-after", "retry-after-ms"]

    /// Creates an attempt.
    public init(start: Int64, duration: Int64, status: Int?, headers: [String: String] = [:], chunks: [TimedChunk] = [],
                failure: String? = nil, timedOut: Bool = false) {
        self.start = start
        self.duration = duration
        self.status = status
        self.headers = headers.filter { Self.keptHeaders.contains($0.key) }
        self.chunks = chunks
        self.failure = failure
        self.timedOut = timedOut
    }

    /// The whole body.
    public var body: Data { chunks.reduce(into: Data()) { $0.append($1.data) } }

    /// Microseconds from the start of the call to the end of this try.
    public var end: Int64 { start + duration }
}
