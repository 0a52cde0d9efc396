/// Brings a database's schema up to date: registered migrations run in order, each in its
/// own transaction, and each only once — the identifiers of applied migrations are kept
/// in the `schema_migrations` table.
public struct DatabaseMigrator {
    private var migrations: [(identifier: String, migrate: (SQLiteDatabase) throws -> Void)] = []

    /// Creates a migrator with no migrations.
    public init() {}

    /// The registered identifiers, in order.
    public var identifiers: [String] { migrations.map(\.identifier) }

    /// Adds a migration after the ones already registered. Identifiers must be unique.
    public mutating func register(_ identifier: String, _ migrate: @escaping (SQLiteDatabase) throws -> Void) {
        precondition(!migrations.contains { $0.identifier == identifier }, "migration '\(identifier)' is registered twice")
        migrations.append((identifier, migrate))
    }

    /// Applies, in registration order, every migration not yet recorded in `db`. A
    /// migration that throws is rolled back and stops the run; those before it stay applied.
    public func migrate(_ db: SQLiteDatabase) throws(DatabaseError) {
        try db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY NOT NULL)")
        let applied = Set(try appliedIdentifiers(db))
        for migration in migrations where !applied.contains(migration.identifier) {
            do {
                try db.transaction {
                    try migration.migrate(db)
                    try db.run("INSERT INTO schema_migrations (identifier) VALUES (?)", [.text(migration.identifier)])
                }
            } catch {
                throw .migrationFailed(db.path, identifier: migration.identifier, underlying: error)
            }
        }
    }

    /// The identifiers recorded as applied in `db`, in the order they were applied.
    public func appliedIdentifiers(_ db: SQLiteDatabase) throws(DatabaseError) -> [String] {
        let exists = try db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        guard exists?.int == 1 else { return [] }
        return try db.query("SELECT identifier FROM schema_migrations ORDER BY rowid").compactMap { $0["identifier"]?.text }
    }
}
