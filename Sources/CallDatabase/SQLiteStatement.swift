import CSQLite

/// A prepared statement, finalized when it goes away. Used only inside one locked call
/// of its `SQLiteDatabase`.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase
    let sql: String

    /// Prepares `sql`, which must hold exactly one statement.
    convenience init(_ database: SQLiteDatabase, sql: String) throws(DatabaseError) {
        let (statement, tail) = try Self.prepare(database, sql)
        guard let statement else {
            // An empty statement (only white space or comments) prepares to no statement.
            throw database.error(code: SQLITE_MISUSE, message: "no statement to run", sql: sql)
        }
        guard tail.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            sqlite3_finalize(statement)
            throw .severalStatements(database.path, sql: sql)
        }
        self.init(database, handle: statement, sql: sql)
    }

    private init(_ database: SQLiteDatabase, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    /// Prepares the first statement of `script` and returns it with the rest of the text;
    /// nil (and the rest) when the text before the rest holds no statement (only white
    /// space or comments). Run the statement before preparing the rest, which may depend
    /// on it.
    static func first(of script: String, in database: SQLiteDatabase) throws(DatabaseError) -> (statement: SQLiteStatement?, rest: String) {
        var text = script
        while true {
            let (handle, tail) = try prepare(database, text)
            if let handle {
                let consumed = String(text.utf8.dropLast(tail.utf8.count)) ?? text
                return (SQLiteStatement(database, handle: handle, sql: consumed.trimmingCharacters(in: .whitespacesAndNewlines)), tail)
            }
            // An empty statement (a lone `;`, a comment) prepares to none: go on after it.
            guard !tail.isEmpty, tail.utf8.count < text.utf8.count else { return (nil, tail) }
            text = tail
        }
    }

    private static func prepare(_ database: SQLiteDatabase, _ sql: String) throws(DatabaseError) -> (OpaquePointer?, String) {
        var statement: OpaquePointer?
        var rest = ""
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &statement, &tail)
            if code == SQLITE_OK, let tail { rest = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw database.lastError(code: code, sql: sql)
        }
        return (statement, rest)
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters, in order.
    func bind(_ values: [SQLiteValue]) throws(DatabaseError) {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == values.count else {
            throw .bindingCount(database.path, expected: expected, found: values.count, sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .text(let text):
                // The explicit length keeps text with embedded NUL characters whole.
                text.withCString { sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), callharness_sqlite_transient()) }
            case .blob(let bytes) where bytes.isEmpty: sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let bytes):
                bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob(handle, index, buffer.baseAddress, Int32(buffer.count), callharness_sqlite_transient())
                }
            case .null: sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw database.lastError(code: code, sql: sql) }
        }
    }

    /// The names of the statement's parameters without their prefix (`:order_id` →
    /// `order_id`), in order; a positional `?` has the name of its number (`1`).
    var parameterNames: [String] {
        (0..<Int(sqlite3_bind_parameter_count(handle))).map { offset in
            guard let name = sqlite3_bind_parameter_name(handle, Int32(offset + 1)) else { return String(offset + 1) }
            return String(String(cString: name).dropFirst())
        }
    }

    /// The names of the columns the statement returns (none for most writes).
    var columnNames: [String] {
        (0..<Int(sqlite3_column_count(handle))).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
    }

    /// True when the statement does not write to the database.
    var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Binds each parameter by its name (without prefix) from `values`; a name `values`
    /// lacks is bound to NULL.
    func bind(named values: [String: SQLiteValue]) throws(DatabaseError) {
        try bind(parameterNames.map { values[$0] ?? .null })
    }

    /// Steps to the end, handing each row to `row`.
    func run(_ row: (SQLiteRow) -> Void = { _ in }) throws(DatabaseError) {
        let count = Int(sqlite3_column_count(handle))
        let columns = (0..<count).map { String(cString: sqlite3_column_name(handle, Int32($0))) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw database.lastError(code: code, sql: sql) }
            row(SQLiteRow(columns: columns, values: (0..<count).map { value(at: Int32($0)) }))
        }
    }

    private func value(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            let length = Int(sqlite3_column_bytes(handle, index))
            guard let bytes = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            let length = Int(sqlite3_column_bytes(handle, index))
            guard length > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
        default: return .null
        }
    }
}
