/// A stage backed by a service that can stop a run: a request missing from a replayed
/// cassette is a problem of the run's setup, not a result, so the call fails with it.
/// Model brains, recognizers and voices that are network services conform.
public protocol RunStopping {
    /// The problem that stopped this stage, if any.
    var stoppingError: (any Error)? { get }
}
