import CSQLite

extension SQLiteDatabase {
    /// Runs the statements of `sql` (separated by semicolons) in order, binding each
    /// statement's named parameters (`:name`, `@name`, `$name`) from `named` (a name it
    /// lacks is NULL). Returns the last statement's rows and the rows all of them changed.
    /// Run it inside `transaction` to make the statements one unit.
    public func script(_ sql: String, named: [String: SQLiteValue] = [:]) throws(DatabaseError) -> SQLiteScriptResult {
        try locked { () throws(DatabaseError) in
            var rest = sql
            var result = SQLiteScriptResult(columns: [], rows: [], changes: 0)
            var ran = false
            while true {
                let (statement, tail) = try SQLiteStatement.first(of: rest, in: self)
                guard let statement else { break }
                try statement.bind(named: named)
                var rows: [SQLiteRow] = []
                try statement.run { rows.append($0) }
                result = SQLiteScriptResult(columns: statement.columnNames, rows: rows,
                                            changes: result.changes + (statement.isReadOnly ? 0 : Int(sqlite3_changes(handle))))
                ran = true
                rest = tail
            }
            guard ran else { throw error(code: SQLITE_MISUSE, message: "no statement to run", sql: sql) }
            return result
        }
    }

    /// The statements of `sql`, prepared against this database's schema without running
    /// them: for each, its text, its named parameters (without prefix) and whether it only
    /// reads. Throws the first statement SQLite cannot prepare.
    public func prepareScript(_ sql: String) throws(DatabaseError) -> [(sql: String, parameters: [String], readOnly: Bool)] {
        try locked { () throws(DatabaseError) in
            var rest = sql
            var out: [(sql: String, parameters: [String], readOnly: Bool)] = []
            while true {
                let (statement, tail) = try SQLiteStatement.first(of: rest, in: self)
                guard let statement else { break }
                out.append((statement.sql, statement.parameterNames, statement.isReadOnly))
                rest = tail
            }
            guard !out.isEmpty else { throw error(code: SQLITE_MISUSE, message: "no statement to run", sql: sql) }
            return out
        }
    }

    /// Runs the statements of a file's text in order, like `execute`; a statement that
    /// fails is reported at its line of the file (`schema.sql:12: near "CREAT": syntax error`).
    public func execute(file text: String, named file: String) throws(SQLScriptError) {
        try locked { () throws(SQLScriptError) in
            var rest = text
            while true {
                let start = text.utf8.count - rest.utf8.count
                let statement: SQLiteStatement?, tail: String
                do throws(DatabaseError) {
                    (statement, tail) = try SQLiteStatement.first(of: rest, in: self)
                } catch {
                    let offset = Int(sqlite3_error_offset(handle))
                    throw SQLScriptError(file: file, line: Self.line(in: text, at: start + max(0, offset), skippingSpace: offset < 0), message: error.cause)
                }
                guard let statement else { return }
                do throws(DatabaseError) {
                    try statement.run()
                } catch {
                    throw SQLScriptError(file: file, line: Self.line(in: text, at: start, skippingSpace: true), message: error.cause)
                }
                rest = tail
            }
        }
    }

    /// The 1-based line of the byte at `offset` of `text` (of the first character after
    /// `offset` that is neither white space nor in a comment, when `skippingSpace`: where
    /// the statement starts).
    static func line(in text: String, at offset: Int, skippingSpace: Bool) -> Int {
        let bytes = Array(text.utf8)
        var position = min(offset, bytes.count)
        while skippingSpace, position < bytes.count {
            if [0x20, 0x09, 0x0A, 0x0D, 0x3B].contains(bytes[position]) {
                position += 1
            } else if bytes[position...].starts(with: [0x2D, 0x2D]) {
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            } else if bytes[position...].starts(with: [0x2F, 0x2A]) {
                position += 2
                while position < bytes.count, !bytes[position...].starts(with: [0x2A, 0x2F]) { position += 1 }
                position = min(bytes.count, position + 2)
            } else {
                break
            }
        }
        return 1 + bytes[..<min(position, bytes.count)].count { $0 == 0x0A }
    }

    /// A private in-memory copy of this database, schema and rows (SQLite's online backup).
    public func copy() throws(DatabaseError) -> SQLiteDatabase {
        let target = try SQLiteDatabase(path: ":memory:")
        try locked { () throws(DatabaseError) in
            guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
                throw target.lastError(code: sqlite3_errcode(target.handle), sql: nil)
            }
            let code = sqlite3_backup_step(backup, -1)
            sqlite3_backup_finish(backup)
            guard code == SQLITE_DONE else { throw error(code: code, message: String(cString: sqlite3_errstr(code)), sql: nil) }
        }
        return target
    }

    /// Makes the connection refuse every write (`PRAGMA query_only`), or allow them again.
    public func setReadOnly(_ readOnly: Bool) throws(DatabaseError) {
        try execute("PRAGMA query_only = \(readOnly ? "ON" : "OFF")")
    }
}
