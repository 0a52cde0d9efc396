import AgentTools
import CallDatabase

/// The database a call left behind: read-only from now on, for a scenario's `expect.state`
/// checks, and — when its domain reports changes — what changed against the seed.
public struct CallFinalState: @unchecked Sendable {
    /// The call's database, read-only.
    public let database: SQLiteDatabase
    /// The content every call starts from, when the domain reports changes against it.
    public let seed: DatabaseSnapshot?
    /// Its content at the end of the call, when there is a seed to compare it with.
    public let snapshot: DatabaseSnapshot?

    /// The final state of `backend`'s database; nil for a backend without one.
    init?(_ backend: (any DomainBackend)?) throws(DatabaseError) {
        guard let database = backend?.database else { return nil }
        try database.setReadOnly(true)
        self.database = database
        seed = backend?.seedSnapshot
        snapshot = seed == nil ? nil : try DatabaseSnapshot(of: database)
    }

    /// What the call changed against the seed, when there is one.
    public var changes: DatabaseChanges? {
        guard let seed, let snapshot else { return nil }
        return seed.changes(to: snapshot)
    }
}
