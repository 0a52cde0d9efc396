import AgentTools
import CallDatabase
import CallProviders
import CallScenario
import Foundation
import SimTime

extension PreparedAgent {
    /// The agent file's tools made ready: SQL checked against the seeded database (every
    /// statement prepares, every `:parameter` is an argument or `:today`), `${NAME}` in an
    /// HTTP tool's URL and headers read from the environment (not needed when replaying).
    static func declaredTools(_ config: AgentConfig, database: SQLiteDatabase?, transport: any ProviderTransport,
                              cassette: CassetteMode) throws -> [DeclaredTool] {
        try config.tools.map { tool in
            let implementation: any ToolImplementation
            switch tool.implementation {
            case .sql(let sql):
                implementation = try sqlTool(tool, sql, database: database, config: config)
            case .http(let http):
                implementation = try httpTool(tool, http, transport: transport, cassette: cassette)
            case .mock(let cases):
                implementation = MockTool(name: tool.name, cases: cases)
            }
            return DeclaredTool(definition: tool.definition, implementation: implementation, failures: tool.failures, handoff: tool.handoff)
        }
    }

    private static func sqlTool(_ tool: ToolConfig, _ sql: SQLToolConfig, database: SQLiteDatabase?, config: AgentConfig) throws -> SQLTool {
        guard let database else {
            throw ScenarioError(file: tool.file, line: sql.line, key: "tools.\(tool.name).sql",
                                message: "an sql tool needs a backend with a database (backend: {type: sqlite, schema: …})")
        }
        let arguments = tool.definition.argumentNames.union([SQLTool.todayParameter])
        func check(_ text: String, line: Int?, key: String, readOnly: Bool) throws {
            let statements: [(sql: String, parameters: [String], readOnly: Bool)]
            do {
                statements = try database.prepareScript(text)
            } catch {
                throw ScenarioError(file: tool.file, line: line, key: key, message: error.cause)
            }
            for statement in statements {
                if let unknown = statement.parameters.first(where: { !arguments.contains($0) }) {
                    throw ScenarioError(file: tool.file, line: line, key: key,
                                        message: "':\(unknown)' is no argument of \(tool.name) (its arguments: \(tool.definition.argumentNames.sorted().joined(separator: ", ")); or :today)")
                }
                if readOnly, !statement.readOnly {
                    throw ScenarioError(file: tool.file, line: line, key: key, message: "a check's query must only read: \(statement.sql)")
                }
            }
        }
        try check(sql.statements, line: sql.line, key: "tools.\(tool.name).sql", readOnly: false)
        for (index, requirement) in sql.requires.enumerated() {
            guard let query = requirement.query else { continue }
            try check(query, line: sql.requireLines.indices.contains(index) ? sql.requireLines[index] : sql.line,
                      key: "tools.\(tool.name).requires[\(index)].query", readOnly: true)
        }
        return SQLTool(name: tool.name, statements: sql.statements, result: sql.result, requires: sql.requires)
    }

    private static func httpTool(_ tool: ToolConfig, _ http: HTTPToolConfig, transport: any ProviderTransport,
                                 cassette: CassetteMode) throws -> HTTPTool {
        var environment = ProcessInfo.processInfo.environment
        var secrets: [String] = []
        func resolved(_ template: String, key: String) throws -> String {
            let result = HTTPTool.resolve(template, environment: environment)
            if let missing = result.missing {
                guard !cassette.isLive else {
                    throw ScenarioError(file: tool.file, line: tool.line, key: "tools.\(tool.name).http.\(key)",
                                        message: "the environment variable \(missing) is not set")
                }
                // A replay sends nothing: an unset secret is not needed.
                environment[missing] = ""
                return try resolved(template, key: key)
            }
            secrets += result.secrets.filter { !$0.isEmpty }
            return result.text
        }
        let url = try resolved(http.url, key: "url")
        let headers = try http.headers.keys.sorted().map { name in (name: name, value: try resolved(http.headers[name]!, key: "headers.\(name)")) }
        return HTTPTool(name: tool.name, url: url, headers: headers, timeoutMs: http.timeoutMs, secrets: secrets, transport: transport)
    }

    /// The call's tools: the agent file's in front of the backend's, failing as the tools'
    /// plans and the scenario's `toolFailures` (any tool's, the domain's too) say, with draws
    /// from the call's seed.
    func callTools(backend: (any DomainBackend)?, seed: UInt64, failures scenarioFailures: [String: ToolFailurePlan]) -> any ToolProviding {
        let base = backend?.tools ?? NoTools()
        guard !declared.isEmpty || !scenarioFailures.isEmpty else { return base }
        var plans: [String: ToolFailurePlan] = [:]
        for tool in declared { if let plan = tool.failures { plans[tool.definition.name] = plan } }
        plans.merge(scenarioFailures) { _, scenario in scenario }
        var generator = SeededGenerator(seed: Seed.derive(seed, "tool-failures"))
        let faults = ToolFaults(plans: plans, random: { generator.nextUnit() })
        return DeclaredTools(declared, base: base, context: ToolContext(database: backend?.database, today: domain?.today), faults: faults)
    }
}

extension PreparedAgent {
    /// The `sqlite` domain of `backend`: its schema and seed files run once (a statement
    /// that fails is an error at its line of the file), its hand-off the declared one.
    static func sqliteDomain(_ backend: BackendConfig, config: AgentConfig) throws -> SQLiteDomain {
        guard let schema = backend.schema else {
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend.schema", message: "is required for type: sqlite")
        }
        do {
            return try SQLiteDomain(schema: schema, seed: backend.seed, today: backend.today,
                                    handoffTool: config.tools.first(where: \.handoff)?.name)
        } catch let error as SQLScriptError {
            throw ScenarioError(file: error.file, line: error.line, key: nil, message: error.message)
        } catch let error as DatabaseError {
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend", message: error.cause)
        }
    }
}

extension PreparedAgent {
    /// Checks what an agent file declares beyond its YAML without preparing it for calls
    /// (no recognizer, no network): its sqlite backend's files, its tools' SQL and its flow
    /// slots' queries against the seeded database. Returns that database (nil when the
    /// agent has none) for checking scenarios' `expect.state` queries too.
    public static func checkDeclarations(_ config: AgentConfig) throws -> SQLiteDatabase? {
        let domain = try Self.domain(config)
        let database = try domain?.makeBackend().database
        _ = try declaredTools(config, database: database, transport: CassetteMode.replay("").transport(), cassette: .replay(""))
        if case .flow(let path) = config.brain {
            let flow = try FlowLoader.load(path)
            _ = try slotValues(flow, database: database, today: domain?.today, config: config)
        }
        return database
    }
}
