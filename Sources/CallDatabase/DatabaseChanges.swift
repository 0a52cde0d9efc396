/// What a call changed in a database: per table, how many rows it inserted, updated and
/// deleted, and each changed row (for an update, only the columns that changed).
public struct DatabaseChanges: Sendable, Equatable {
    /// The changes of one table.
    public struct TableCount: Sendable, Equatable {
        /// The table.
        public var table: String
        /// Rows added.
        public var inserted: Int
        /// Rows whose values changed.
        public var updated: Int
        /// Rows removed.
        public var deleted: Int

        /// Creates counts.
        public init(table: String, inserted: Int, updated: Int, deleted: Int) {
            self.table = table
            self.inserted = inserted
            self.updated = updated
            self.deleted = deleted
        }
    }

    /// One changed row.
    public struct Row: Sendable, Equatable {
        /// How a row changed.
        public enum Kind: String, Sendable, Equatable {
            case inserted, updated, deleted
        }

        /// The table.
        public var table: String
        /// The row's key, as "column=value, …".
        public var key: String
        /// How it changed.
        public var kind: Kind
        /// The values before (empty for an insert; only the changed columns for an update).
        public var before: [(column: String, value: SQLiteValue)]
        /// The values after (empty for a delete; only the changed columns for an update).
        public var after: [(column: String, value: SQLiteValue)]

        /// Creates a row change.
        public init(table: String, key: String, kind: Kind, before: [(column: String, value: SQLiteValue)],
                    after: [(column: String, value: SQLiteValue)]) {
            self.table = table
            self.key = key
            self.kind = kind
            self.before = before
            self.after = after
        }

        public static func == (a: Row, b: Row) -> Bool {
            a.table == b.table && a.key == b.key && a.kind == b.kind
                && a.before.elementsEqual(b.before) { $0.column == $1.column && $0.value == $1.value }
                && a.after.elementsEqual(b.after) { $0.column == $1.column && $0.value == $1.value }
        }
    }

    /// Tables with at least one change, by name.
    public var tables: [TableCount]
    /// The changed rows, by table and key.
    public var rows: [Row]

    /// Creates changes.
    public init(tables: [TableCount], rows: [Row]) {
        self.tables = tables
        self.rows = rows
    }

    /// True when nothing changed.
    public var isEmpty: Bool { rows.isEmpty }
}
