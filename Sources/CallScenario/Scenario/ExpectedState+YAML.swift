extension ExpectedState {
    /// The keys of a state check.
    public static let keys = ["sql", "rows", "count"]

    /// Decodes one item of `expect.state`: `{sql, rows: [[refunded]]}` or `{sql, count: 1}`.
    /// A row of one column may be written as its value alone (`rows: [refunded]`).
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let sql = try mapping.required("sql").nonEmptyString()
        var rows: [[String?]]?
        if let value = mapping.entry("rows") {
            rows = []
            if !value.isNull {
                for row in try value.list() {
                    let cells = row.isList ? try row.list() : [row]
                    var values: [String?] = []
                    for cell in cells {
                        guard cell.isScalar else { throw cell.error("expected a value") }
                        values.append(cell.isNull ? nil : try cell.string())
                    }
                    rows?.append(values)
                }
            }
        }
        let count = try mapping.optional("count")?.int(in: 0...1_000_000)
        guard (rows == nil) != (count == nil) else { throw yaml.error("give either rows or count") }
        self.init(sql: sql, rows: rows, count: count, line: yaml.line)
    }
}
