extension SQLiteValue {
    /// The value as an SQL literal: `42`, `2.5`, `'it''s'`, `X'0aff'`, `NULL`.
    public var literal: String {
        switch self {
        case .integer(let value): String(value)
        case .real(let value): value.isFinite ? String(value) : "NULL"
        case .text(let value): "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let bytes): "X'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
        case .null: "NULL"
        }
    }

    /// The value as plain text: numbers and text as they are, a blob as its literal,
    /// NULL as `NULL`.
    public var plainText: String {
        switch self {
        case .text(let value): value
        default: literal
        }
    }

    /// SQLite's ordering of values of different kinds (NULL, numbers, text, blobs), then
    /// of values of one kind.
    static func ordered(_ a: SQLiteValue, _ b: SQLiteValue) -> Bool {
        func rank(_ value: SQLiteValue) -> Int {
            switch value {
            case .null: 0
            case .integer, .real: 1
            case .text: 2
            case .blob: 3
            }
        }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        switch (a, b) {
        case (.text(let x), .text(let y)): return x < y
        case (.blob(let x), .blob(let y)): return x.lexicographicallyPrecedes(y)
        default: return (a.double ?? 0) < (b.double ?? 0)
        }
    }
}
