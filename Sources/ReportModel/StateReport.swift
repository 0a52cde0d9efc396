/// What a call left in its agent's database, against the seed every call starts from:
/// per table the rows inserted, updated and deleted, each changed row (for an update only
/// the columns that changed), and a digest of the whole final content.
public struct StateReport: Codable, Sendable, Equatable {
    /// One table's counts.
    public struct TableChange: Codable, Sendable, Equatable {
        public var table: String
        public var inserted: Int
        public var updated: Int
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
    public struct RowChange: Codable, Sendable, Equatable, Hashable {
        public var table: String
        /// The row's key, "column=value, …".
        public var key: String
        /// `inserted`, `updated` or `deleted`.
        public var change: String
        /// Column → value before (absent for an insert).
        public var before: [String: CellValue]?
        /// Column → value after (absent for a delete).
        public var after: [String: CellValue]?

        /// Creates a row change.
        public init(table: String, key: String, change: String, before: [String: CellValue]?, after: [String: CellValue]?) {
            self.table = table
            self.key = key
            self.change = change
            self.before = before
            self.after = after
        }

        /// "appointments id=A-1002: status booked → cancelled".
        public var text: String {
            switch change {
            case "inserted": "\(table) \(key): inserted " + Self.cells(after ?? [:])
            case "deleted": "\(table) \(key): deleted " + Self.cells(before ?? [:])
            default:
                "\(table) \(key): " + (after ?? [:]).keys.sorted().map { "\($0) \((before?[$0] ?? .null).text) → \((after?[$0] ?? .null).text)" }
                    .joined(separator: ", ")
            }
        }

        private static func cells(_ values: [String: CellValue]) -> String {
            "{" + values.keys.sorted().map { "\($0): \(values[$0]!.text)" }.joined(separator: ", ") + "}"
        }
    }

    /// SHA-256 of the final content (tables by name, rows by key).
    public var digest: String
    /// SHA-256 of the seed's content.
    public var seedDigest: String
    /// Tables with changes, by name.
    public var tables: [TableChange]
    /// The changed rows, by table and key.
    public var rows: [RowChange]

    /// Creates a report.
    public init(digest: String, seedDigest: String, tables: [TableChange], rows: [RowChange]) {
        self.digest = digest
        self.seedDigest = seedDigest
        self.tables = tables
        self.rows = rows
    }
}

/// A database value in a report: JSON `null`, a number or text.
public enum CellValue: Codable, Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let integer = try? container.decode(Int64.self) {
            self = .integer(integer)
        } else if let real = try? container.decode(Double.self) {
            self = .real(real)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .real(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }

    /// The value as read: `null`, `42`, `2.5`, `shipped`.
    public var text: String {
        switch self {
        case .null: "null"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        }
    }
}
