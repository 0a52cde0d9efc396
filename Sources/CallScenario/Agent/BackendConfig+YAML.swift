extension BackendConfig {
    /// The keys of `backend`.
    public static let keys = ["type", "fixtures", "today", "schema", "seed"]

    /// Decodes `backend`: a domain's `type` with its `fixtures` folder, or `type: sqlite`
    /// with a `schema` file and an optional `seed` file.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let todayValue = try mapping.required("today")
        let today = try todayValue.string()
        guard Self.isCalendarDate(today) else { throw todayValue.error("'\(today)' is not a date written YYYY-MM-DD") }
        let typeValue = try mapping.required("type")
        let type = try typeValue.nonEmptyString()
        if type == Self.sqliteType {
            if let stray = mapping.optional("fixtures") { throw stray.error("a sqlite backend has a schema and a seed file, not fixtures") }
            self.init(type: type, typeLine: typeValue.line, today: today, schema: try mapping.required("schema").existingFile(),
                      seed: try mapping.optional("seed")?.existingFile())
        } else {
            for key in ["schema", "seed"] {
                if let stray = mapping.optional(key) { throw stray.error("applies only to type: sqlite") }
            }
            self.init(type: type, typeLine: typeValue.line, fixtures: try mapping.required("fixtures").existingDirectory(), today: today)
        }
    }

    /// True for a real Gregorian date written `YYYY-MM-DD`.
    public static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
