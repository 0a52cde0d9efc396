import CSQLite
import Foundation

/// One SQLite connection. Every call holds the connection's (recursive) lock, so it can be
/// shared between tasks; a `transaction` holds it for its whole body.
public final class SQLiteDatabase: @unchecked Sendable {
    let handle: OpaquePointer
    /// The path it was opened with (`:memory:` for an in-memory database).
    public let path: String
    private let lock = NSRecursiveLock()
    private var savepointDepth = 0

    /// Opens (creating if needed) the database at `path`; `":memory:"` opens a private
    /// in-memory database. Foreign keys are enforced and a busy database is waited on for
    /// up to 5 s.
    public init(path: String) throws(DatabaseError) {
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard code == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(connection)
            throw .cannotOpen(path, message)
        }
        handle = connection
        self.path = path
        sqlite3_busy_timeout(handle, 5000)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements separated by semicolons, ignoring any rows.
    public func execute(_ sql: String) throws(DatabaseError) {
        try locked { () throws(DatabaseError) in
            var message: UnsafeMutablePointer<CChar>?
            let code = sqlite3_exec(handle, sql, nil, nil, &message)
            defer { sqlite3_free(message) }
            guard code == SQLITE_OK else {
                let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
                throw error(code: code, message: text, sql: sql)
            }
        }
    }

    /// Runs one statement with `bindings` for its `?` parameters and returns the number
    /// of rows it inserted, updated or deleted.
    @discardableResult
    public func run(_ sql: String, _ bindings: [SQLiteValue] = []) throws(DatabaseError) -> Int {
        try locked { () throws(DatabaseError) in
            let statement = try SQLiteStatement(self, sql: sql)
            try statement.bind(bindings)
            try statement.run()
            return Int(sqlite3_changes(handle))
        }
    }

    /// Runs one statement and returns all its rows.
    public func query(_ sql: String, _ bindings: [SQLiteValue] = []) throws(DatabaseError) -> [SQLiteRow] {
        try locked { () throws(DatabaseError) in
            let statement = try SQLiteStatement(self, sql: sql)
            try statement.bind(bindings)
            var rows: [SQLiteRow] = []
            try statement.run { rows.append($0) }
            return rows
        }
    }

    /// The first column of the first row, or `nil` when the statement returns no row.
    public func scalar(_ sql: String, _ bindings: [SQLiteValue] = []) throws(DatabaseError) -> SQLiteValue? {
        try query(sql, bindings).first?.values.first
    }

    /// The row id of the most recent successful insert on this connection.
    public var lastInsertRowID: Int64 { locked { sqlite3_last_insert_rowid(handle) } }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` … `COMMIT`); if `body` throws, the
    /// transaction is rolled back and the error rethrown. Inside another transaction it
    /// uses a savepoint, so nested calls roll back only their own work.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let nested = sqlite3_get_autocommit(handle) == 0
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let savepoint = "callharness_savepoint_\(savepointDepth)"
        try execute(nested ? "SAVEPOINT \(savepoint)" : "BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            rollBack(nested: nested, savepoint: savepoint)
            throw error
        }
        do {
            try execute(nested ? "RELEASE \(savepoint)" : "COMMIT")
        } catch {
            rollBack(nested: nested, savepoint: savepoint)
            throw error
        }
        return result
    }

    /// Switches the database to write-ahead logging. Fails for in-memory databases,
    /// which cannot use WAL.
    public func enableWAL() throws(DatabaseError) {
        let mode = try scalar("PRAGMA journal_mode = WAL")?.text?.lowercased() ?? ""
        guard mode == "wal" else { throw .notWAL(path, mode: mode) }
        try execute("PRAGMA synchronous = NORMAL")
    }

    private func rollBack(nested: Bool, savepoint: String) {
        // SQLite may already have rolled the whole transaction back (e.g. after SQLITE_FULL).
        guard sqlite3_get_autocommit(handle) == 0 else { return }
        if nested {
            try? execute("ROLLBACK TO \(savepoint)")
            try? execute("RELEASE \(savepoint)")
        } else {
            try? execute("ROLLBACK")
        }
    }

    func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    func error(code: Int32, message: String, sql: String?) -> DatabaseError {
        .sqlite(path, code: code, message: message, sql: sql)
    }

    /// The connection's current error message.
    func lastError(code: Int32, sql: String?) -> DatabaseError {
        error(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}
