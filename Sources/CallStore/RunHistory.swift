import CallDatabase
import Foundation

/// The history of runs in an SQLite file: one row per run with its summary, one row per
/// call. The file uses write-ahead logging and its schema is brought up to date by
/// versioned migrations when it is opened. A run is recorded in one transaction, so a
/// reader (or a crash) never sees half of one.
public final class RunHistory: Sendable {
    /// Where `run` records by default.
    public static let defaultPath = "Reports/history.sqlite"

    /// The connection.
    public let database: SQLiteDatabase

    /// Opens (creating it and its folder if needed) the history at `path`, enables WAL and
    /// applies pending migrations. `":memory:"` opens a private in-memory history.
    public init(path: String) throws(DatabaseError) {
        let inMemory = path == ":memory:"
        if !inMemory {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .invalidInput(path, "cannot create the folder \(folder)")
            }
        }
        database = try SQLiteDatabase(path: path)
        if !inMemory { try Self.enableWAL(database) }
        // Migrating under the write lock lets several processes create the same new
        // history at once: the first applies the migrations, the others find them applied.
        // A history already up to date is not locked at all, so opening it does not wait
        // for (or fail on) another process writing to it.
        do {
            let migrator = Self.migrator
            let applied = Set(try migrator.appliedIdentifiers(database))
            if !migrator.identifiers.allSatisfy(applied.contains) {
                try database.transaction { try migrator.migrate(database) }
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw .invalidInput(path, "cannot migrate the history (\(error))")
        }
    }

    /// The path it was opened with.
    public var path: String { database.path }

    /// Switches to WAL. Another connection switching the same new file at the same moment
    /// makes SQLite refuse at once rather than wait, so on a busy refusal this waits for
    /// the other connection's lock (through SQLite's busy timeout) and tries again.
    private static func enableWAL(_ database: SQLiteDatabase) throws(DatabaseError) {
        var attempts = 0
        while true {
            do {
                try database.enableWAL()
                return
            } catch where error.resultCode == busy && attempts < 100 {
                attempts += 1
                try database.execute("BEGIN EXCLUSIVE; ROLLBACK")
            }
        }
    }

    /// SQLite's SQLITE_BUSY result code.
    private static let busy: Int32 = 5

    /// The migrations applied to this history, in order.
    public func appliedMigrations() throws(DatabaseError) -> [String] {
        try Self.migrator.appliedIdentifiers(database)
    }
}
