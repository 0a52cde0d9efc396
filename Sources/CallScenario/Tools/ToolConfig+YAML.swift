import AgentTools

extension ToolConfig {
    /// The keys of a tool.
    public static let keys = ["name", "description", "parameters", "sql", "result", "requires", "http", "mock", "failures", "handoff"]
    /// The keys of one implementation, exactly one of which a tool has.
    public static let implementationKeys = ["sql", "http", "mock"]
    /// The keys of a `requires` check.
    public static let checkKeys = ["query", "rows", "changes", "error"]
    /// The keys of `http`.
    public static let httpKeys = ["url", "headers", "timeoutMs"]
    /// The keys of a `mock` case.
    public static let mockKeys = ["when", "result", "error", "unavailable"]

    /// Decodes one tool of a `tools` list.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let nameValue = try mapping.required("name")
        let name = try nameValue.nonEmptyString()
        guard name.count <= 64, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw nameValue.error("'\(name)' is not a function name: use up to 64 letters, digits, '_' and '-'")
        }
        let present = mapping.keys.filter { Self.implementationKeys.contains($0) && mapping.optional($0) != nil }
        guard present.count == 1, let kind = present.first else {
            throw ScenarioError(file: yaml.file, line: yaml.line, key: yaml.path,
                                message: "a tool needs exactly one implementation: \(Self.implementationKeys.joined(separator: ", "))")
        }
        for key in ["result", "requires"] where kind != "sql" {
            if let stray = mapping.optional(key) { throw stray.error("applies only to sql tools") }
        }
        let parameters = try ToolSchema.checked(mapping.optional("parameters"), owner: yaml)
        let implementation: Implementation
        switch kind {
        case "sql": implementation = .sql(try Self.sql(mapping, parameters: parameters))
        case "http": implementation = .http(try Self.http(try mapping.required("http")))
        default: implementation = .mock(try Self.mock(try mapping.required("mock")))
        }
        self.init(name: name, description: try mapping.required("description").nonEmptyString(), parameters: parameters,
                  implementation: implementation, failures: try mapping.optional("failures", as: ToolFailurePlan.init(yaml:)),
                  handoff: try mapping.optional("handoff")?.bool() ?? false, file: yaml.file, line: nameValue.line)
    }

    private static func sql(_ mapping: YAMLMapping, parameters: JSONValue) throws(ScenarioError) -> SQLToolConfig {
        let value = try mapping.required("sql")
        let statements = try value.stringList().joined(separator: ";\n")
        guard !statements.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw value.error("must not be empty") }
        var checks: [SQLTool.Check] = [], lines: [Int?] = []
        if let requires = mapping.optional("requires") {
            for item in requires.isList ? try requires.list() : [requires] {
                let check = try item.mapping()
                try check.allowOnly(checkKeys)
                let rows = try check.optional("rows")?.int(in: 0...1_000_000)
                let changes = try check.optional("changes")?.int(in: 0...1_000_000)
                let query = try check.optional("query")?.stringList().joined(separator: ";\n")
                if query != nil, let stray = check.optional("changes") { throw stray.error("applies only to a check without a query (on what the statements changed)") }
                if query == nil, rows == nil, changes == nil {
                    throw ScenarioError(file: item.file, line: item.line, key: item.path,
                                        message: "a check needs a query, or rows or changes to hold after the statements")
                }
                checks.append(SQLTool.Check(query: query, rows: rows, changes: changes, message: try check.required("error").nonEmptyString()))
                lines.append(check.optional("query")?.line ?? item.line)
            }
        }
        return SQLToolConfig(statements: statements, line: value.line,
                             result: try mapping.optional("result")?.enumeration(SQLTool.ResultShape.self),
                             requires: checks, requireLines: lines)
    }

    private static func http(_ value: YAMLValue) throws(ScenarioError) -> HTTPToolConfig {
        let mapping = try value.mapping()
        try mapping.allowOnly(httpKeys)
        var headers: [String: String] = [:]
        for (name, text) in try mapping.optional("headers")?.stringMapping() ?? [] {
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw (try mapping.required("headers")).error("'\(name)' is not a header name")
            }
            headers[name] = text
        }
        let urlValue = try mapping.required("url")
        let url = try urlValue.httpURL()
        try checkVariables(url, at: urlValue)
        if let headersValue = mapping.optional("headers") {
            for name in headers.keys.sorted() { try checkVariables(headers[name]!, at: headersValue) }
        }
        return HTTPToolConfig(url: url, headers: headers, timeoutMs: try mapping.optional("timeoutMs")?.int(in: 50...120_000) ?? 5000)
    }

    /// Every `${NAME}` in `template` names an environment variable.
    private static func checkVariables(_ template: String, at value: YAMLValue) throws(ScenarioError) {
        var rest = template[...]
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { throw value.error("unclosed ${ in '\(template)'") }
            let variable = rest[open.upperBound..<close]
            guard let first = variable.first, first.isLetter || first == "_",
                  variable.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw value.error("'${\(variable)}' does not name an environment variable")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    private static func mock(_ value: YAMLValue) throws(ScenarioError) -> [MockTool.Case] {
        var cases: [MockTool.Case] = []
        for item in try value.list() {
            let mapping = try item.mapping()
            try mapping.allowOnly(mockKeys)
            let outcomes = ["result", "error", "unavailable"].filter { mapping.entry($0) != nil }
            guard outcomes.count == 1 else {
                throw ScenarioError(file: item.file, line: item.line, key: item.path, message: "a case needs exactly one of result, error, unavailable")
            }
            let outcome: MockTool.Case.Outcome
            switch outcomes[0] {
            case "result": outcome = .result(try mapping.entry("result")!.json())
            case "error": outcome = .error(try mapping.required("error").nonEmptyString())
            default: outcome = .unavailable(try mapping.required("unavailable").nonEmptyString())
            }
            var when: [String: JSONValue] = [:]
            if let condition = mapping.optional("when") {
                guard case .object(let members) = try condition.json() else { throw condition.error("expected a mapping of argument values") }
                when = members
            }
            cases.append(MockTool.Case(when: when, outcome: outcome))
        }
        guard !cases.isEmpty else { throw value.error("needs at least one case") }
        return cases
    }

    /// Decodes an agent file's `tools`: a list of tools, or the path of a `*.tools.yaml`
    /// file (relative to the agent file) holding one. Names must be unique, and at most one
    /// tool may be the hand-off.
    public static func list(yaml: YAMLValue) throws(ScenarioError) -> [ToolConfig] {
        let items: [YAMLValue]
        if yaml.isScalar {
            let file = try yaml.existingFile()
            let document = try YAMLFile.load(file)
            items = try document.list()
        } else {
            items = try yaml.list()
        }
        var tools: [ToolConfig] = []
        for item in items {
            let tool = try ToolConfig(yaml: item)
            if tools.contains(where: { $0.name == tool.name }) {
                throw ScenarioError(file: item.file, line: tool.line, key: "\(item.path).name", message: "another tool is named '\(tool.name)'")
            }
            if tool.handoff, let other = tools.first(where: \.handoff) {
                throw ScenarioError(file: item.file, line: tool.line, key: "\(item.path).handoff", message: "only one tool can be the hand-off; \(other.name) already is")
            }
            tools.append(tool)
        }
        return tools
    }
}

extension ToolFailurePlan {
    /// The keys of `failures`.
    public static let keys = ["rate", "first"]

    /// Decodes `failures`: `{rate: 0.1}` or `{first: 1}`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        switch (mapping.optional("rate"), mapping.optional("first")) {
        case (let rate?, nil): self = .rate(try rate.double(in: 0...1))
        case (nil, let first?): self = .first(try first.int(in: 0...1000))
        default: throw yaml.error("give either rate (0…1) or first (a number of calls)")
        }
    }
}
