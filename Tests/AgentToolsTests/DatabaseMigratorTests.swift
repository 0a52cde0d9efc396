import CallDatabase
import Testing

@Suite("Database migrator")
struct DatabaseMigratorTests {
    /// Records which migrations ran.
    final class Log { var entries: [String] = [] }

    func tables(_ db: SQLiteDatabase) throws -> Set<String> {
        Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0["name"]?.text })
    }

    func migrator(_ log: Log, _ identifiers: [String]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for identifier in identifiers {
            migrator.register(identifier) { db in
                log.entries.append(identifier)
                try db.execute("CREATE TABLE t_\(identifier) (id INTEGER PRIMARY KEY)")
            }
        }
        return migrator
    }

    @Test("migrations apply once, in order, and are recorded")
    func appliesOnce() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        let log = Log()
        let migrator = migrator(log, ["one", "two", "three"])
        #expect(try migrator.appliedIdentifiers(db) == [])
        try migrator.migrate(db)
        try migrator.migrate(db)
        #expect(log.entries == ["one", "two", "three"])
        #expect(try migrator.appliedIdentifiers(db) == ["one", "two", "three"])
        #expect(try tables(db).isSuperset(of: ["t_one", "t_two", "t_three", "schema_migrations"]))
    }

    @Test("a later migrator applies only what is new")
    func incremental() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        let log = Log()
        try migrator(log, ["one", "two"]).migrate(db)
        try migrator(log, ["one", "two", "three"]).migrate(db)
        #expect(log.entries == ["one", "two", "three"])
        #expect(try migrator(log, []).appliedIdentifiers(db) == ["one", "two", "three"])
    }

    struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }

    @Test("a failing migration rolls back, is not recorded and stops the run", arguments: [true, false])
    func failing(databaseError: Bool) throws {
        let db = try SQLiteDatabase(path: ":memory:")
        var migrator = DatabaseMigrator()
        migrator.register("good") { db in try db.execute("CREATE TABLE good (id INTEGER)") }
        migrator.register("bad") { db in
            try db.execute("CREATE TABLE half (id INTEGER); INSERT INTO good VALUES (1)")
            if databaseError { try db.execute("CREATE TABLE good (id INTEGER)") } else { throw Refused() }
        }
        migrator.register("after") { db in try db.execute("CREATE TABLE after (id INTEGER)") }
        let error = try #require(throws: DatabaseError.self) { try migrator.migrate(db) }
        #expect(error.description.contains("migration 'bad' failed"))
        #expect(error.description.contains(databaseError ? "table good already exists" : "refused"))
        #expect(try migrator.appliedIdentifiers(db) == ["good"])
        let names = try tables(db)
        #expect(names.contains("good"))
        #expect(!names.contains("half"))
        #expect(!names.contains("after"))
        #expect(try db.scalar("SELECT count(*) FROM good")?.int == 0)
    }
}
