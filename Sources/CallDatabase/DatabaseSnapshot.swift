import Digest
import Foundation

/// Every row of every table of a database, each row known by its primary key (its rowid
/// when the table has none): what a call found and what it left, to compare the two and
/// to give the content a digest.
public struct DatabaseSnapshot: Sendable, Equatable {
    /// One table's rows.
    public struct Table: Sendable, Equatable {
        /// The table's name.
        public var name: String
        /// Its columns, in order.
        public var columns: [String]
        /// The key columns (the primary key's, or `rowid`).
        public var keyColumns: [String]
        /// The rows in key order: the key's values and the row's values (one per column).
        public var rows: [(key: [SQLiteValue], values: [SQLiteValue])]

        public static func == (a: Table, b: Table) -> Bool {
            a.name == b.name && a.columns == b.columns && a.keyColumns == b.keyColumns
                && a.rows.elementsEqual(b.rows) { $0.key == $1.key && $0.values == $1.values }
        }

        /// "id=W-1001", "order_id=W-1001, line=2".
        func keyText(_ key: [SQLiteValue]) -> String {
            zip(keyColumns, key).map { "\($0)=\($1.plainText)" }.joined(separator: ", ")
        }
    }

    /// The tables, by name (SQLite's own `sqlite_…` tables left out).
    public var tables: [Table]

    /// Reads every table of `database`.
    public init(of database: SQLiteDatabase) throws(DatabaseError) {
        var tables: [Table] = []
        let names = try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .compactMap { $0["name"]?.text }
        for name in names {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let info = try database.query("PRAGMA table_info(\(quoted))")
            let columns = info.compactMap { $0["name"]?.text }
            let primary = info.filter { ($0["pk"]?.int ?? 0) > 0 }.sorted { ($0["pk"]?.int ?? 0) < ($1["pk"]?.int ?? 0) }
                .compactMap { $0["name"]?.text }
            let keyColumns = primary.isEmpty ? ["rowid"] : primary
            let keyList = primary.isEmpty ? "rowid" : primary.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ", ")
            let rows = try database.query("SELECT \(keyList), * FROM \(quoted)").map { row in
                (key: Array(row.values.prefix(keyColumns.count)), values: Array(row.values.dropFirst(keyColumns.count)))
            }
            let sorted = rows.sorted { a, b in
                for (x, y) in zip(a.key, b.key) where x != y { return SQLiteValue.ordered(x, y) }
                return false
            }
            tables.append(Table(name: name, columns: columns, keyColumns: keyColumns, rows: sorted))
        }
        self.tables = tables
    }

    /// The content as text, one line per table and one per row (values as SQL literals),
    /// tables by name and rows by key: what `digest` is the digest of.
    public var canonicalText: String {
        var out = ""
        for table in tables {
            out += "table \(table.name)(\(table.columns.joined(separator: ",")))\n"
            for row in table.rows { out += row.values.map(\.literal).joined(separator: ",") + "\n" }
        }
        return out
    }

    /// The SHA-256 of `canonicalText`, as hex: equal digests, equal content.
    public var digest: String { SHA256.hex(canonicalText) }

    /// What changed from this snapshot to `after`: rows inserted, updated and deleted per
    /// table (a table only one side has counts all its rows as inserted or deleted).
    public func changes(to after: DatabaseSnapshot) -> DatabaseChanges {
        let before = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let later = Dictionary(after.tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [DatabaseChanges.TableCount] = []
        var rows: [DatabaseChanges.Row] = []
        for name in Set(before.keys).union(later.keys).sorted() {
            let old = before[name], new = later[name]
            let table = new ?? old!
            let oldRows = Dictionary((old?.rows ?? []).map { ($0.key, $0.values) }, uniquingKeysWith: { first, _ in first })
            let newRows = Dictionary((new?.rows ?? []).map { ($0.key, $0.values) }, uniquingKeysWith: { first, _ in first })
            let oldColumns = old?.columns ?? [], newColumns = new?.columns ?? []
            func cells(_ values: [SQLiteValue], _ columns: [String], only: Set<String>? = nil) -> [(String, SQLiteValue)] {
                zip(columns, values).filter { only?.contains($0.0) ?? true }.map { ($0.0, $0.1) }
            }
            var count = DatabaseChanges.TableCount(table: name, inserted: 0, updated: 0, deleted: 0)
            let keys = (Array(oldRows.keys) + newRows.keys.filter { oldRows[$0] == nil }).sorted { a, b in
                for (x, y) in zip(a, b) where x != y { return SQLiteValue.ordered(x, y) }
                return false
            }
            for key in keys {
                let keyText = table.keyText(key)
                switch (oldRows[key], newRows[key]) {
                case (nil, let added?):
                    count.inserted += 1
                    rows.append(.init(table: name, key: keyText, kind: .inserted, before: [], after: cells(added, newColumns)))
                case (let removed?, nil):
                    count.deleted += 1
                    rows.append(.init(table: name, key: keyText, kind: .deleted, before: cells(removed, oldColumns), after: []))
                case (let was?, let now?):
                    let a = Dictionary(cells(was, oldColumns), uniquingKeysWith: { first, _ in first })
                    let b = Dictionary(cells(now, newColumns), uniquingKeysWith: { first, _ in first })
                    let changed = Set(Set(a.keys).union(b.keys).filter { a[$0] != b[$0] })
                    guard !changed.isEmpty else { continue }
                    count.updated += 1
                    rows.append(.init(table: name, key: keyText, kind: .updated, before: cells(was, oldColumns, only: changed),
                                      after: cells(now, newColumns, only: changed)))
                case (nil, nil):
                    continue
                }
            }
            if count.inserted + count.updated + count.deleted > 0 { counts.append(count) }
        }
        return DatabaseChanges(tables: counts, rows: rows)
    }
}
