/// The load flags of `run` as typed, before they are checked.
public struct LoadFlags: Sendable, Equatable {
    /// `--concurrency N`.
    public var concurrency: String?
    /// `--calls M`.
    public var calls: String?
    /// `--duration 10m`.
    public var duration: String?
    /// `--ramp 1,5,10` (a level may carry its own call count: `5:20`).
    public var ramp: String?
    /// `--rate 2/s`.
    public var rate: String?

    /// Creates the flags.
    public init(concurrency: String? = nil, calls: String? = nil, duration: String? = nil, ramp: String? = nil, rate: String? = nil) {
        self.concurrency = concurrency
        self.calls = calls
        self.duration = duration
        self.ramp = ramp
        self.rate = rate
    }

    /// Whether no load flag was given (a plain run).
    public var isEmpty: Bool { concurrency == nil && calls == nil && duration == nil && ramp == nil && rate == nil }
}
