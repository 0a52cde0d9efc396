import CallDatabase
import CallScenario

/// Evaluates a scenario's `expect.state` on the database the call left: each query, run
/// read-only, must return the rows given (values compared as text, numbers by value, `~`
/// for NULL) or as many as `count` says. A failure shows what was expected and what the
/// database holds.
struct StateCheck {
    let checks: [ExpectedState]
    let state: CallFinalState?

    /// One message per check that does not hold.
    func failures() -> [String] {
        guard !checks.isEmpty else { return [] }
        guard let database = state?.database else {
            return ["expect.state needs an agent whose backend keeps a database; this agent's has none"]
        }
        var out: [String] = []
        for (index, check) in checks.enumerated() {
            let label = "expect.state[\(index)] (\(Self.oneLine(check.sql)))"
            let rows: [[SQLiteValue]]
            do {
                rows = try database.script(check.sql).rows.map(\.values)
            } catch {
                out.append("\(label): the query failed: \(error.cause)")
                continue
            }
            if let count = check.count, rows.count != count {
                out.append("\(label): expected \(count) row\(count == 1 ? "" : "s"), got \(rows.count): \(Self.render(rows.map { $0.map(Self.text) }))")
            }
            if let expected = check.rows, !Self.same(expected, rows) {
                out.append("\(label): expected \(Self.render(expected)), got \(Self.render(rows.map { $0.map(Self.text) }))")
            }
        }
        return out
    }

    /// True when `actual` holds exactly the `expected` rows, in order.
    static func same(_ expected: [[String?]], _ actual: [[SQLiteValue]]) -> Bool {
        guard expected.count == actual.count else { return false }
        return zip(expected, actual).allSatisfy { want, have in
            want.count == have.count && zip(want, have).allSatisfy { cell($0, matches: $1) }
        }
    }

    static func cell(_ expected: String?, matches actual: SQLiteValue) -> Bool {
        guard let expected else { return actual.isNull }
        if let number = actual.double, let wanted = Double(expected) { return number == wanted }
        return !actual.isNull && actual.plainText == expected
    }

    static func text(_ value: SQLiteValue) -> String? { value.isNull ? nil : value.plainText }

    /// `[[refunded], [W-1002, null], ["14 Harbor Street, Portland"]]`: a value with a comma,
    /// a bracket or a quote is quoted, as it would be written in the scenario.
    static func render(_ rows: [[String?]]) -> String {
        func cell(_ value: String?) -> String {
            guard let value else { return "null" }
            guard value.contains(where: { ",[]\"".contains($0) }) || value.isEmpty else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let shown = rows.prefix(10).map { "[" + $0.map(cell).joined(separator: ", ") + "]" }
        return "[" + shown.joined(separator: ", ") + (rows.count > 10 ? ", … \(rows.count - 10) more" : "") + "]"
    }

    static func oneLine(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count <= 120 ? line : String(line.prefix(117)) + "..."
    }
}
