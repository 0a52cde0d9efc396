/// One SQLite value: what a column holds and what a statement parameter is bound to.
public enum SQLiteValue: Hashable, Sendable {
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A double-precision float.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
    /// SQL NULL.
    case null

    /// Wraps an optional string: `nil` becomes NULL.
    public init(_ text: String?) { self = text.map { .text($0) } ?? .null }

    /// Wraps an optional integer: `nil` becomes NULL.
    public init(_ integer: Int?) { self = integer.map { .integer(Int64($0)) } ?? .null }

    /// Wraps an optional double: `nil` becomes NULL.
    public init(_ real: Double?) { self = real.map { .real($0) } ?? .null }

    /// The text, when the value is text.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The integer, when the value is an integer that fits in `Int`.
    public var int: Int? {
        if case .integer(let value) = self { return Int(exactly: value) }
        return nil
    }

    /// The integer, when the value is an integer.
    public var int64: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number, when the value is a real or an integer.
    public var double: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The bytes, when the value is a blob.
    public var blob: [UInt8]? {
        if case .blob(let value) = self { return value }
        return nil
    }

    /// True for NULL.
    public var isNull: Bool { self == .null }
}
