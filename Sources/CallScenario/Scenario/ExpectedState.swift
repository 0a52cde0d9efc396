/// A check on the database a call leaves: a query and the rows it must return (each
/// value compared as text, `nil` for NULL), or how many.
public struct ExpectedState: Sendable, Equatable {
    /// The query, run read-only on the call's final database.
    public var sql: String
    /// The rows it must return, in order.
    public var rows: [[String?]]?
    /// How many rows it must return.
    public var count: Int?
    /// The line of the check, for messages.
    public var line: Int?

    /// Creates a check.
    public init(sql: String, rows: [[String?]]? = nil, count: Int? = nil, line: Int? = nil) {
        self.sql = sql
        self.rows = rows
        self.count = count
        self.line = line
    }
}
