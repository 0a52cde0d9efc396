/// Why a database operation failed. Its description is one line naming the database path
/// and, where a statement was involved, the SQL.
public struct DatabaseError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case cannotOpen(String)
        case sqlite(code: Int32, message: String)
        case bindingCount(expected: Int, found: Int)
        case severalStatements
        case notWAL(String)
        case migrationFailed(identifier: String, detail: String)
        case cannotReadFile(file: String, why: String)
        case invalidInput(String)
    }

    private let reason: Reason
    /// The database the error is about (`:memory:` for an in-memory database).
    public let path: String
    /// The statement that failed, when one did.
    public let sql: String?

    private init(_ reason: Reason, path: String, sql: String? = nil) {
        self.reason = reason
        self.path = path
        self.sql = sql
    }

    static func cannotOpen(_ path: String, _ why: String) -> Self { .init(.cannotOpen(why), path: path) }
    static func sqlite(_ path: String, code: Int32, message: String, sql: String?) -> Self {
        .init(.sqlite(code: code, message: message), path: path, sql: sql)
    }
    static func bindingCount(_ path: String, expected: Int, found: Int, sql: String) -> Self {
        .init(.bindingCount(expected: expected, found: found), path: path, sql: sql)
    }
    static func severalStatements(_ path: String, sql: String) -> Self { .init(.severalStatements, path: path, sql: sql) }
    static func notWAL(_ path: String, mode: String) -> Self { .init(.notWAL(mode), path: path) }
    static func migrationFailed(_ path: String, identifier: String, underlying: any Error) -> Self {
        let detail = (underlying as? DatabaseError)?.detail ?? String(describing: underlying)
        let sql = (underlying as? DatabaseError)?.sql
        return .init(.migrationFailed(identifier: identifier, detail: detail), path: path, sql: sql)
    }

    /// A file the database was to be filled from could not be read.
    public static func cannotReadFile(_ path: String, file: String, why: String) -> Self {
        .init(.cannotReadFile(file: file, why: why), path: path)
    }

    /// A value handed to a database-backed component was not acceptable.
    public static func invalidInput(_ path: String, _ message: String) -> Self { .init(.invalidInput(message), path: path) }

    /// SQLite's primary result code, when the error came from SQLite.
    public var resultCode: Int32? {
        if case .sqlite(let code, _) = reason { return code & 0xFF }
        return nil
    }

    /// The error without the path prefix.
    var detail: String {
        guard let sql else { return cause }
        return "\(cause) in `\(Self.oneLine(sql))`"
    }

    /// What went wrong, without the path or the statement (what a tool's caller is told).
    public var cause: String {
        switch reason {
        case .cannotOpen(let why): "cannot open the database (\(why))"
        case .sqlite(_, let message): message
        case .bindingCount(let expected, let found): "the statement takes \(expected) bindings, \(found) were given"
        case .severalStatements: "several statements given where one was expected (use execute)"
        case .notWAL(let mode): "WAL journal mode was not enabled (the mode is '\(mode)')"
        case .migrationFailed(let identifier, let detail): "migration '\(identifier)' failed: \(detail)"
        case .cannotReadFile(let file, let why): "cannot read \(file) (\(why))"
        case .invalidInput(let message): message
        }
    }

    public var description: String { "\(path): \(detail)" }

    /// One line naming the database and the cause, without the statement (for warnings
    /// a user reads).
    public var summary: String { "\(path): \(cause)" }

    /// True when another connection holds the database locked (SQLITE_BUSY or SQLITE_LOCKED).
    public var isLocked: Bool { resultCode == 5 || resultCode == 6 }

    /// True when the database could not be used for a reason outside its contents: it is
    /// locked, read-only, on a full or failing disk, or its journal cannot be created
    /// (SQLITE_BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN).
    public var isUnavailable: Bool { [5, 6, 8, 10, 13, 14].contains(resultCode ?? 0) }

    /// `sql` with all runs of white space (newlines included) folded into single spaces.
    private static func oneLine(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
