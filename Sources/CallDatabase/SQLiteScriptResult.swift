/// What a script of statements gave: the rows of its last statement and the rows all of
/// them changed.
public struct SQLiteScriptResult: Sendable, Equatable {
    /// The column names of the last statement (empty when it returns no columns, as most
    /// writes do).
    public var columns: [String]
    /// The rows of the last statement.
    public var rows: [SQLiteRow]
    /// Rows inserted, updated or deleted by all the statements together.
    public var changes: Int
    /// True when the last statement returns columns (a `SELECT`, or a write with `RETURNING`).
    public var returnsRows: Bool { !columns.isEmpty }

    /// Creates a result.
    public init(columns: [String], rows: [SQLiteRow], changes: Int) {
        self.columns = columns
        self.rows = rows
        self.changes = changes
    }
}
