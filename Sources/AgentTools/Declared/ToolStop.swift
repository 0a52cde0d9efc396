import Synchronization

/// A problem of a run's setup that a tool ran into (a request missing from a replayed
/// cassette): not a result for the brain, but a reason to stop the call, as a model brain's
/// would be. Kept per call.
public final class ToolStop: Sendable {
    private let stored = Mutex<(any Error & Sendable)?>(nil)

    /// Creates an empty record.
    public init() {}

    /// Keeps the first problem.
    public func record(_ error: any Error & Sendable) {
        stored.withLock { if $0 == nil { $0 = error } }
    }

    /// The first problem recorded, if any.
    public var error: (any Error)? { stored.withLock { $0 } }
}
