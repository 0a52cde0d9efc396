import CallDatabase

/// A tool that runs SQL against the call's own database: its checks, then its statements,
/// all in one transaction, each statement's named parameters (`:order_id`) bound from the
/// arguments (`:today` from the calendar, unless an argument has that name; an argument
/// not given is NULL). A check that does not hold, or a statement SQLite refuses (a
/// constraint), rolls everything back and gives an error result the brain sees, as a real
/// API's 4xx would.
///
/// The result is the last statement's: a `SELECT` (or a write with `RETURNING`) gives its
/// rows as JSON objects (`rows`: all of them, `row`: the first, `value`: the first column of
/// the first); a write without rows gives `{"changes": N}`, the rows all statements changed.
public struct SQLTool: ToolImplementation {
    /// What the result holds.
    public enum ResultShape: String, Sendable, CaseIterable {
        /// Every row of the last statement, as an array of objects.
        case rows
        /// The first row, as an object (no row is an error).
        case row
        /// The first column of the first row (no row gives `null`).
        case value
        /// `{"changes": N}`: the rows inserted, updated or deleted.
        case changes
    }

    /// A condition the call must meet; otherwise it is refused with `message`.
    public struct Check: Sendable, Equatable {
        /// A query run before the statements; nil: the check is on the statements' outcome.
        public var query: String?
        /// The number of rows required: exactly this many (nil: at least one for a query).
        public var rows: Int?
        /// The number of rows the statements must change in all (no query only).
        public var changes: Int?
        /// What the caller is told, with `{name}` filled from the first row the check's
        /// query returned, then from the arguments.
        public var message: String

        /// Creates a check.
        public init(query: String? = nil, rows: Int? = nil, changes: Int? = nil, message: String) {
            self.query = query
            self.rows = rows
            self.changes = changes
            self.message = message
        }
    }

    /// The tool's name, for messages.
    public let name: String
    /// One or more statements, separated by semicolons.
    public let statements: String
    /// What the result holds; nil: rows when the last statement returns any, else changes.
    public let result: ResultShape?
    /// Checked in order before (queries) and after (outcome checks) the statements.
    public let requires: [Check]

    /// Creates a tool.
    public init(name: String, statements: String, result: ResultShape? = nil, requires: [Check] = []) {
        self.name = name
        self.statements = statements
        self.result = result
        self.requires = requires
    }

    /// The parameter that stands for the calendar's today.
    public static let todayParameter = "today"

    /// A check that did not hold: undo and tell.
    private struct Refusal: Error { let message: String }

    public func run(_ call: ToolCall, arguments: [String: JSONValue], context: ToolContext) -> ToolResult {
        guard let database = context.database else { return .unavailable("\(name) has no database to work on") }
        var binds = arguments.mapValues(Self.bindable)
        if binds[Self.todayParameter] == nil, let today = context.today { binds[Self.todayParameter] = .text(today.iso) }
        do {
            return try database.transaction { () throws -> ToolResult in
                for check in requires {
                    guard let query = check.query else { continue }
                    let found = try database.script(query, named: binds)
                    let holds = check.rows.map { found.rows.count == $0 } ?? !found.rows.isEmpty
                    if !holds { throw Refusal(message: fill(check.message, row: found.rows.first, arguments: arguments)) }
                }
                let outcome = try database.script(statements, named: binds)
                for check in requires where check.query == nil {
                    let holds = (check.rows.map { outcome.rows.count == $0 } ?? true) && (check.changes.map { outcome.changes == $0 } ?? true)
                    if !holds { throw Refusal(message: fill(check.message, row: outcome.rows.first, arguments: arguments)) }
                }
                return try shaped(outcome)
            }
        } catch let refusal as Refusal {
            return .error(refusal.message)
        } catch let error as DatabaseError {
            return error.isUnavailable ? .unavailable("the database failed: \(error.cause)") : .error(error.cause)
        } catch {
            return .unavailable("the database failed: \(error)")
        }
    }

    private func shaped(_ outcome: SQLiteScriptResult) throws -> ToolResult {
        switch result ?? (outcome.returnsRows ? .rows : .changes) {
        case .rows: return .success(.array(outcome.rows.map(Self.object)))
        case .row:
            guard let first = outcome.rows.first else { throw Refusal(message: "\(name) found nothing for these arguments") }
            return .success(Self.object(first))
        case .value: return .success(outcome.rows.first?.values.first.map(Self.json) ?? .null)
        case .changes: return .success(["changes": .number(Double(outcome.changes))])
        }
    }

    /// `message` with `{name}` filled from `row`'s columns, then from the arguments; an
    /// unknown name is left as it is.
    func fill(_ message: String, row: SQLiteRow?, arguments: [String: JSONValue]) -> String {
        var out = ""
        var rest = message[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            if let value = row?[key] {
                out += value.plainText
            } else if let value = arguments[key] {
                out += value.string ?? value.jsonString()
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// An argument as an SQL value: text, a number (integral ones as integers), 1 or 0 for
    /// a flag, NULL, and arrays and objects as JSON text.
    static func bindable(_ value: JSONValue) -> SQLiteValue {
        switch value {
        case .null: .null
        case .bool(let flag): .integer(flag ? 1 : 0)
        case .number(let number): JSONValue.integral(number).map { .integer($0) } ?? .real(number)
        case .string(let text): .text(text)
        case .array, .object: .text(value.jsonString())
        }
    }

    /// A row as a JSON object, column by column.
    static func object(_ row: SQLiteRow) -> JSONValue {
        .object(Dictionary(zip(row.columns, row.values.map(json)), uniquingKeysWith: { first, _ in first }))
    }

    /// An SQL value as JSON: numbers, text, `null`; a blob as its hex literal.
    static func json(_ value: SQLiteValue) -> JSONValue {
        switch value {
        case .integer(let number): .number(Double(number))
        case .real(let number): .number(number)
        case .text(let text): .string(text)
        case .null: .null
        case .blob: .string(value.literal)
        }
    }
}
