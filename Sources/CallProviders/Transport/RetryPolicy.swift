/// When and how long to wait before trying a provider request again.
///
/// Rate limits (429) and server errors (5xx) and connections that could not be made are
/// retried with exponential back-off, or after the server's `Retry-After`; the whole
/// call, tries and waits together, must finish within `budgetMs`.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, the first included.
    public var maxAttempts: Int
    /// The wait after the first failed try, in milliseconds; it doubles after each.
    public var baseBackoffMs: Int
    /// The longest wait the policy picks itself, in milliseconds.
    public var maxBackoffMs: Int
    /// The time the whole call may take, in milliseconds.
    public var budgetMs: Int
    /// The longest wait for a connection, in milliseconds.
    public var connectTimeoutMs: Int

    /// Creates a policy.
    public init(maxAttempts: Int = 4, baseBackoffMs: Int = 250, maxBackoffMs: Int = 4000, budgetMs: Int = 10000,
                connectTimeoutMs: Int = 3000) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseBackoffMs = baseBackoffMs
        self.maxBackoffMs = maxBackoffMs
        self.budgetMs = budgetMs
        self.connectTimeoutMs = connectTimeoutMs
    }

    /// True when a response with this status is worth trying again.
    public func retries(status: Int) -> Bool { status == 429 || (500...599).contains(status) }

    /// Microseconds to wait after failed try number `attempt` (0-based): the server's
    /// `retry-after-ms` or `Retry-After` (seconds) when given, else the back-off.
    public func backoff(afterAttempt attempt: Int, headers: [String: String]) -> Int64 {
        if let ms = headers["retry-after-ms"].flatMap(Double.init), ms >= 0 { return Int64(ms * 1000) }
        if let seconds = headers["retry-after"].flatMap(Double.init), seconds >= 0 { return Int64(seconds * 1_000_000) }
        let ms = min(maxBackoffMs, baseBackoffMs << min(attempt, 20))
        return Int64(ms) * 1000
    }
}
