/// One result row: its values in column order, reachable by column name or position.
public struct SQLiteRow: Hashable, Sendable {
    /// The column names, in order.
    public let columns: [String]
    /// The values, in column order.
    public let values: [SQLiteValue]

    /// Creates a row (columns and values must have the same count).
    public init(columns: [String], values: [SQLiteValue]) {
        precondition(columns.count == values.count, "a row needs one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value of the column named `name` (exact match first, then case-insensitive, as
    /// SQLite treats column names); `nil` when there is no such column.
    public subscript(_ name: String) -> SQLiteValue? {
        if let index = columns.firstIndex(of: name) { return values[index] }
        let lowered = name.lowercased()
        if let index = columns.firstIndex(where: { $0.lowercased() == lowered }) { return values[index] }
        return nil
    }

    /// The value at `index` (0-based).
    public subscript(_ index: Int) -> SQLiteValue { values[index] }
}
