import CallDatabase
import Testing

@Suite("Database snapshots and changes")
struct DatabaseSnapshotTests {
    @Test("changes list rows inserted, updated (changed columns only) and deleted, per table, by key")
    func changes() throws {
        let db = try ShopFixture.database()
        try db.execute("CREATE TABLE notes (body TEXT)")
        let seed = try DatabaseSnapshot(of: db)
        try db.execute("""
            UPDATE orders SET status = 'refunded' WHERE id = 'W-1001';
            DELETE FROM orders WHERE id = 'W-1005';
            INSERT INTO returns VALUES ('R-1', 'W-1001', 'damaged', '2025-06-02');
            INSERT INTO notes VALUES ('called');
            """)
        let changes = seed.changes(to: try DatabaseSnapshot(of: db))
        #expect(changes.tables == [
            .init(table: "notes", inserted: 1, updated: 0, deleted: 0),
            .init(table: "orders", inserted: 0, updated: 1, deleted: 1),
            .init(table: "returns", inserted: 1, updated: 0, deleted: 0),
        ])
        #expect(changes.rows.map { "\($0.table) \($0.key) \($0.kind.rawValue)" } == [
            "notes rowid=1 inserted", "orders id=W-1001 updated", "orders id=W-1005 deleted", "returns id=R-1 inserted",
        ])
        let update = changes.rows[1]
        #expect(update.before.map(\.column) == ["status"] && update.before.map(\.value) == [.text("delivered")])
        #expect(update.after.map(\.value) == [.text("refunded")])
        #expect(changes.rows[2].before.count == 4 && changes.rows[2].after.isEmpty)
    }

    @Test("the digest follows the content, not the order rows were written in")
    func digest() throws {
        let a = try ShopFixture.database(), b = try ShopFixture.database()
        #expect(try DatabaseSnapshot(of: a).digest == DatabaseSnapshot(of: b).digest)
        try a.execute("INSERT INTO returns VALUES ('R-1', 'W-1001', 'damaged', 'x'); INSERT INTO returns VALUES ('R-2', 'W-1002', 'damaged', 'x')")
        try b.execute("INSERT INTO returns VALUES ('R-2', 'W-1002', 'damaged', 'x'); INSERT INTO returns VALUES ('R-1', 'W-1001', 'damaged', 'x')")
        #expect(try DatabaseSnapshot(of: a).digest == DatabaseSnapshot(of: b).digest)
        try b.execute("UPDATE returns SET reason = 'broken' WHERE id = 'R-1'")
        #expect(try DatabaseSnapshot(of: a).digest != DatabaseSnapshot(of: b).digest)
        #expect(try DatabaseSnapshot(of: a).digest.count == 64)
    }

    @Test("a copy is the same database, and writes to it never reach the original")
    func copy() throws {
        let original = try ShopFixture.database()
        let copy = try original.copy()
        #expect(try DatabaseSnapshot(of: copy) == DatabaseSnapshot(of: original))
        try copy.execute("DELETE FROM orders")
        #expect(try original.scalar("SELECT COUNT(*) FROM orders")?.int == 3)
    }

    @Test("a read-only connection refuses writes")
    func readOnly() throws {
        let db = try ShopFixture.database()
        try db.setReadOnly(true)
        #expect(throws: DatabaseError.self) { try db.execute("DELETE FROM orders") }
        #expect(try db.script("SELECT COUNT(*) FROM orders").rows.first?.values == [.integer(3)])
    }

    @Test("an SQL file's failing statement is reported at its line")
    func fileLines() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        let text = "-- a comment\nCREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);\nINSERT INTO b VALUES (2);\n"
        #expect(throws: SQLScriptError(file: "seed.sql", line: 5, message: "no such table: b")) { try db.execute(file: text, named: "seed.sql") }
        #expect(throws: SQLScriptError(file: "s.sql", line: 2, message: "near \"TABEL\": syntax error")) {
            try db.execute(file: "CREATE TABLE c (x);\nCREATE TABEL d (y);", named: "s.sql")
        }
    }

    @Test("prepared scripts name their parameters and say whether they only read")
    func prepared() throws {
        let db = try ShopFixture.database()
        let statements = try db.prepareScript("SELECT * FROM orders WHERE id = :order_id; UPDATE orders SET status = @status WHERE id = $order_id")
        #expect(statements.map(\.parameters) == [["order_id"], ["status", "order_id"]])
        #expect(statements.map(\.readOnly) == [true, false])
    }
}
