import CallDatabase
import Foundation
import Testing

@Suite("SQLite database")
struct SQLiteDatabaseTests {
    func database() throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, v); CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
        return db
    }

    @Test("every value type binds and reads back unchanged", arguments: [
        (SQLiteValue.integer(42), "integer"), (.integer(Int64.max), "integer"), (.integer(Int64.min), "integer"),
        (.real(3.25), "real"), (.real(-1e-300), "real"),
        (.text("Dr. Patel's \"room\" — 3:00 PM"), "text"), (.text(""), "text"), (.text("a\u{0}b"), "text"),
        (.blob([0, 1, 254, 255]), "blob"), (.blob([]), "blob"), (.null, "null"),
    ])
    func binding(value: SQLiteValue, type: String) throws {
        let db = try database()
        #expect(try db.run("INSERT INTO items (v) VALUES (?)", [value]) == 1)
        let row = try #require(try db.query("SELECT v, typeof(v) AS type FROM items WHERE id = ?", [.integer(db.lastInsertRowID)]).first)
        #expect(row["v"] == value)
        #expect(row["type"]?.text == type)
    }

    @Test("literals give the matching cases")
    func literals() {
        let values: [SQLiteValue] = [7, 2.5, "x", nil, true]
        #expect(values == [.integer(7), .real(2.5), .text("x"), .null, .integer(1)])
        #expect(SQLiteValue(Optional<String>.none) == .null)
        #expect(SQLiteValue(Optional(3)) == .integer(3))
    }

    @Test("rows are read by column name, any case, with typed accessors")
    func rows() throws {
        let db = try database()
        try db.run("INSERT INTO people (name) VALUES (?)", ["John Smith"])
        try db.run("INSERT INTO people (name) VALUES (?)", ["Jane Doe"])
        let rows = try db.query("SELECT id, name, id * 1.5 AS half FROM people ORDER BY name")
        #expect(rows.map { $0["name"]?.text } == ["Jane Doe", "John Smith"])
        #expect(rows[0]["NAME"]?.text == "Jane Doe")
        #expect(rows[0]["id"]?.int == 2)
        #expect(rows[0]["half"]?.double == 3.0)
        #expect(rows[0]["id"]?.double == 2.0)
        #expect(rows[0]["name"]?.int == nil)
        #expect(rows[0]["missing"] == nil)
        #expect(try db.scalar("SELECT count(*) FROM people")?.int == 2)
        #expect(try db.scalar("SELECT name FROM people WHERE id = ?", [99]) == nil)
    }

    @Test("run reports the rows changed")
    func changes() throws {
        let db = try database()
        try db.execute("INSERT INTO items (v) VALUES (1); INSERT INTO items (v) VALUES (2); INSERT INTO items (v) VALUES (3)")
        #expect(try db.run("UPDATE items SET v = v + 10 WHERE v >= ?", [2]) == 2)
        #expect(try db.run("DELETE FROM items") == 3)
    }

    @Test("errors carry SQLite's message, the path and the SQL", arguments: [
        ("SELEC nothing", [SQLiteValue](), "syntax error"),
        ("SELECT * FROM nowhere", [], "no such table: nowhere"),
        ("SELECT ?", [1, 2], "takes 1 bindings, 2 were given"),
        ("SELECT 1; SELECT 2", [], "several statements"),
    ])
    func errors(sql: String, bindings: [SQLiteValue], message: String) throws {
        let db = try database()
        let error = try #require(throws: DatabaseError.self) { try db.query(sql, bindings) }
        #expect(error.description.hasPrefix(":memory:: "))
        #expect(error.description.contains(message))
        #expect(error.description.contains(sql))
        #expect(error.sql == sql)
        #expect(!error.description.contains("\n"))
    }

    @Test("constraints and foreign keys are enforced")
    func constraints() throws {
        let db = try database()
        try db.run("INSERT INTO people (name) VALUES ('A')")
        let unique = try #require(throws: DatabaseError.self) { try db.run("INSERT INTO people (name) VALUES ('A')") }
        #expect(unique.resultCode == 19)   // SQLITE_CONSTRAINT
        try db.execute("CREATE TABLE visits (person INTEGER NOT NULL REFERENCES people(id))")
        let foreign = try #require(throws: DatabaseError.self) { try db.run("INSERT INTO visits VALUES (404)") }
        #expect(foreign.description.contains("FOREIGN KEY"))
    }

    @Test("a transaction commits its work")
    func commit() throws {
        let db = try database()
        let id = try db.transaction {
            try db.run("INSERT INTO people (name) VALUES ('A')")
            return db.lastInsertRowID
        }
        #expect(try db.scalar("SELECT name FROM people WHERE id = ?", [.integer(id)])?.text == "A")
    }

    struct Abort: Error {}

    @Test("a throwing transaction rolls back everything it did")
    func rollback() throws {
        let db = try database()
        try db.run("INSERT INTO people (name) VALUES ('kept')")
        #expect(throws: Abort.self) {
            try db.transaction {
                try db.run("INSERT INTO people (name) VALUES ('B')")
                try db.run("UPDATE people SET name = 'changed' WHERE name = 'kept'")
                throw Abort()
            }
        }
        #expect(try db.query("SELECT name FROM people").map { $0["name"]?.text } == ["kept"])
        // The connection is usable again afterwards.
        try db.transaction { try db.run("INSERT INTO people (name) VALUES ('C')") }
        #expect(try db.scalar("SELECT count(*) FROM people")?.int == 2)
    }

    @Test("a failing statement inside a transaction rolls it back")
    func rollbackOnDatabaseError() throws {
        let db = try database()
        #expect(throws: DatabaseError.self) {
            try db.transaction {
                try db.run("INSERT INTO people (name) VALUES ('A')")
                try db.run("INSERT INTO people (name) VALUES ('A')")
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM people")?.int == 0)
    }

    @Test("a nested transaction rolls back only its own work")
    func nested() throws {
        let db = try database()
        try db.transaction {
            try db.run("INSERT INTO people (name) VALUES ('outer')")
            try? db.transaction {
                try db.run("INSERT INTO people (name) VALUES ('inner')")
                throw Abort()
            }
        }
        #expect(try db.query("SELECT name FROM people").map { $0["name"]?.text } == ["outer"])
    }

    @Test("WAL works on a file and is visible to a second connection")
    func wal() throws {
        let path = NSTemporaryDirectory() + "callharness-wal-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        let files = [path, path + "-wal", path + "-shm"]
        files.forEach { try? FileManager.default.removeItem(atPath: $0) }
        defer { files.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        do {
            let writer = try SQLiteDatabase(path: path)
            try writer.enableWAL()
            #expect(try writer.scalar("PRAGMA journal_mode")?.text == "wal")
            try writer.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, label TEXT)")
            try writer.run("INSERT INTO runs (label) VALUES (?)", ["first"])
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            let reader = try SQLiteDatabase(path: path)
            #expect(try reader.scalar("SELECT label FROM runs")?.text == "first")
        }
        let reopened = try SQLiteDatabase(path: path)
        #expect(try reopened.scalar("PRAGMA journal_mode")?.text == "wal")
        #expect(try reopened.scalar("SELECT count(*) FROM runs")?.int == 1)
    }

    @Test("WAL cannot be enabled in memory")
    func walInMemory() throws {
        let db = try database()
        let error = try #require(throws: DatabaseError.self) { try db.enableWAL() }
        #expect(error.description.contains("memory"))
    }

    @Test("opening a path in a missing folder fails with the path")
    func cannotOpen() {
        let error = #expect(throws: DatabaseError.self) { try SQLiteDatabase(path: "/nonexistent-folder/x/db.sqlite") }
        #expect(error?.description.hasPrefix("/nonexistent-folder/x/db.sqlite: cannot open") == true)
    }
}
