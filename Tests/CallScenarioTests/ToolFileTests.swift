import AgentTools
import Foundation
import Testing
@testable import CallScenario

/// Tools, a database backend and state checks as agent and scenario files declare them.
@Suite("Tools and state in YAML")
struct ToolFileTests {
    static let agent = CallFolder.agent
    static func agent(_ text: String) -> [String: String] { ["agents/receptionist.yaml": text] }
    static func tools(_ text: String) -> [String: String] { agent(agent + "\ntools:\n" + text) }
    static func scenario(_ text: String) -> [String: String] { ["scenarios/book.yaml": text] }

    static let lookup = """
          - name: get_order
            description: An order's status.
            parameters:
              type: object
              properties:
                order_id: {type: string, description: The order number., pattern: "^W-[0-9]{4}$"}
              required: [order_id]
              additionalProperties: false
            sql: SELECT status FROM orders WHERE id = :order_id
            result: row
            requires:
              - query: SELECT 1 FROM orders WHERE id = :order_id
                error: there is no order {order_id}
              - changes: 0
                error: nothing may change
            failures: {first: 1}

        """

    @Test("a tool in OpenAI function form with each implementation")
    func decodes() throws {
        let call = CallFolder(replacing: Self.tools(Self.lookup + """
              - name: track
                description: Tracking.
                parameters: {type: object, properties: {order_id: {type: string}}}
                mock:
                  - when: {order_id: W-1002}
                    result: {scan: left the depot, count: 2, late: false}
                  - unavailable: tracking is down
              - name: refund
                description: Refund.
                http: {url: "https://tools.example.com/refund?key=${SHOP_KEY}", headers: {Authorization: "Bearer ${SHOP_TOKEN}"}, timeoutMs: 800}
                failures: {rate: 0.25}
              - name: hand_off
                description: To staff.
                handoff: true
                sql: [INSERT INTO handoffs VALUES (:reason), SELECT 'transferred' AS status]

            """))
        let tools = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml")).tools
        #expect(tools.map(\.name) == ["get_order", "track", "refund", "hand_off"])
        let order = tools[0]
        #expect(order.definition.openAIFunction["function"]?["parameters"]?["properties"]?["order_id"]?["pattern"] == "^W-[0-9]{4}$")
        #expect(order.definition.requiredArguments == ["order_id"])
        #expect(order.failures == .first(1))
        guard case .sql(let sql) = order.implementation else { Issue.record("not sql"); return }
        #expect(sql.statements == "SELECT status FROM orders WHERE id = :order_id")
        #expect(sql.result == .row)
        #expect(sql.requires == [.init(query: "SELECT 1 FROM orders WHERE id = :order_id", message: "there is no order {order_id}"),
                                 .init(changes: 0, message: "nothing may change")])
        guard case .mock(let cases) = tools[1].implementation else { Issue.record("not mock"); return }
        #expect(cases == [.init(when: ["order_id": "W-1002"], outcome: .result(["scan": "left the depot", "count": 2, "late": false])),
                          .init(outcome: .unavailable("tracking is down"))])
        guard case .http(let http) = tools[2].implementation else { Issue.record("not http"); return }
        #expect(http == HTTPToolConfig(url: "https://tools.example.com/refund?key=${SHOP_KEY}", headers: ["Authorization": "Bearer ${SHOP_TOKEN}"], timeoutMs: 800))
        #expect(tools[2].failures == .rate(0.25))
        #expect(tools[2].parameters == ["type": "object", "properties": [:]])
        guard case .sql(let handoff) = tools[3].implementation else { Issue.record("not sql"); return }
        #expect(tools[3].handoff && handoff.statements == "INSERT INTO handoffs VALUES (:reason);\nSELECT 'transferred' AS status")
    }

    @Test("tools can come from a *.tools.yaml file, which validate knows by its name")
    func toolsFile() throws {
        let call = CallFolder(replacing: Self.agent(Self.agent + "\ntools: shop.tools.yaml\n"))
        call.write("agents/shop.tools.yaml", Self.lookup.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(2) }.joined(separator: "\n"))
        #expect(try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml")).tools.map(\.name) == ["get_order"])
        #expect(ScenarioLoader.kind(of: call.path("agents/shop.tools.yaml")) == .tools)
        #expect(try ScenarioLoader.loadTools(call.path("agents/shop.tools.yaml")).count == 1)
    }

    static let cases: [LoadErrorCase] = [
        .init("a type JSON Schema does not have", tools(Self.lookup.replacingOccurrences(of: "{type: string, description", with: "{type: strng, description")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].parameters.properties.order_id.type", at: "strng",
              "'strng' is not a JSON Schema type"),
        .init("a misspelt schema keyword", tools(Self.lookup.replacingOccurrences(of: "required: [order_id]", with: "requird: [order_id]")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].parameters.requird", at: "requird", "did you mean 'required'"),
        .init("a required argument that is not a property", tools(Self.lookup.replacingOccurrences(of: "required: [order_id]", with: "required: [order_id, name]")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].parameters.required[1]", at: "required: [order_id, name]",
              "'name' is required but not among the properties"),
        .init("arguments that are not an object", tools(Self.lookup.replacingOccurrences(of: "      type: object\n", with: "      type: array\n")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].parameters.type", at: "type: array", "must be of type object"),
        .init("a bad pattern", tools(Self.lookup.replacingOccurrences(of: #"pattern: "^W-[0-9]{4}$""#, with: "pattern: \"^W-[0-9\"")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].parameters.properties.order_id.pattern", at: "pattern", "is not a regular expression"),
        .init("two implementations", tools(Self.lookup.replacingOccurrences(of: "    result: row\n", with: "    result: row\n    mock: [{result: 1}]\n")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0]", at: "- name: get_order", "exactly one implementation"),
        .init("no implementation", tools("  - name: nothing\n    description: Does nothing.\n"),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0]", at: "- name: nothing", "exactly one implementation"),
        .init("result on a mock", tools("  - name: m\n    description: M.\n    mock: [{result: 1}]\n    result: row\n"),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].result", at: "result: row", "applies only to sql tools"),
        .init("an unknown result shape", tools(Self.lookup.replacingOccurrences(of: "result: row", with: "result: table")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].result", at: "table", "is not one of rows, row, value, changes"),
        .init("a check with nothing to check", tools(Self.lookup.replacingOccurrences(of: "      - changes: 0\n        error:", with: "      - error:")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].requires[1]", at: "- error: nothing", "a check needs a query"),
        .init("failures with both rate and first", tools(Self.lookup.replacingOccurrences(of: "{first: 1}", with: "{first: 1, rate: 0.5}")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].failures", at: "failures", "either rate (0…1) or first"),
        .init("a failure rate above one", tools(Self.lookup.replacingOccurrences(of: "{first: 1}", with: "{rate: 2}")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].failures.rate", at: "rate: 2", "out of range (0…1)"),
        .init("a function name with a space", tools(Self.lookup.replacingOccurrences(of: "name: get_order", with: "name: get order")),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].name", at: "get order", "is not a function name"),
        .init("a header with a broken variable", tools("  - name: h\n    description: H.\n    http: {url: \"https://x.example/t\", headers: {X-Key: \"${1KEY}\"}}\n"),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].http.headers", at: "http:", "does not name an environment variable"),
        .init("an http URL without a scheme", tools("  - name: h\n    description: H.\n    http: {url: tools.example/t}\n"),
              .agent([]), file: "agents/receptionist.yaml", key: "tools[0].http.url", at: "tools.example", "is not an http:// or https:// URL"),
        .init("a sqlite backend without its schema", agent(agent.replacingOccurrences(of: "type: hospital\n  fixtures: ../fixtures", with: "type: sqlite")),
              .agent([]), file: "agents/receptionist.yaml", key: "backend.schema", at: "type: sqlite", "is required"),
        .init("fixtures on a sqlite backend", agent(agent.replacingOccurrences(of: "type: hospital", with: "type: sqlite\n  schema: ../prompts/system.txt")),
              .agent([]), file: "agents/receptionist.yaml", key: "backend.fixtures", at: "fixtures:", "not fixtures"),
        .init("a schema on a domain's backend", agent(agent.replacingOccurrences(of: "type: hospital", with: "type: hospital\n  schema: ../prompts/system.txt")),
              .agent([]), file: "agents/receptionist.yaml", key: "backend.schema", at: "schema:", "applies only to type: sqlite"),
        .init("a missing seed file", agent(agent.replacingOccurrences(of: "type: hospital\n  fixtures: ../fixtures",
                                                                     with: "type: sqlite\n  schema: ../prompts/system.txt\n  seed: ../db/nope.sql")),
              .agent([]), file: "agents/receptionist.yaml", key: "backend.seed", at: "nope.sql", "file not found"),
        .init("a state check with rows and count", scenario("id: book\nturns: []\nexpect:\n  state:\n    - {sql: SELECT 1, rows: [[1]], count: 1}\n"),
              key: "expect.state[0]", at: "- {sql", "either rows or count"),
        .init("a state check without sql", scenario("id: book\nturns: []\nexpect:\n  state:\n    - {rows: [[1]]}\n"),
              key: "expect.state[0].sql", at: "- {rows", "is required"),
        .init("an injected failure that is neither", scenario("id: book\nturns: []\ntoolFailures:\n  refund: {often: true}\n"),
              key: "toolFailures.refund.often", at: "often", "unknown key"),
        .init("a per-tool latency that is no distribution", ["profiles/fast.yaml": "name: fast\ntools:\n  perTool:\n    refund: { normal: 3 }\n"], .agent([]),
              file: "profiles/fast.yaml", key: "tools.perTool.refund.normal", at: "normal", "unknown key"),
    ]

    @Test("each broken declaration gives its file:line: key prefix", arguments: cases)
    func located(_ c: LoadErrorCase) throws {
        try LoadErrorTests().located(c)
    }

    @Test("two tools of one name, or two hand-offs, are refused at the second")
    func duplicates() throws {
        let second = Self.lookup.replacingOccurrences(of: "description: An order's status.", with: "description: Again.")
        let call = CallFolder(replacing: Self.tools(Self.lookup + second))
        let error = try #require(LoadErrorTests.firstError(.agent([]), in: call))
        let text = try String(contentsOfFile: call.path("agents/receptionist.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let secondName = try #require(lines.indices.filter { lines[$0].contains("name: get_order") }.last) + 1
        #expect(error.description.hasPrefix(call.path("agents/receptionist.yaml") + ":\(secondName): tools[1].name: another tool is named 'get_order'"), "\(error)")
        let handoffs = "  - {name: a, description: A., handoff: true, mock: [{result: 1}]}\n  - {name: b, description: B., handoff: true, mock: [{result: 1}]}\n"
        let twice = try #require(LoadErrorTests.firstError(.agent([]), in: CallFolder(replacing: Self.tools(handoffs))))
        #expect(twice.key == "tools[1].handoff" && twice.message == "only one tool can be the hand-off; a already is")
    }

    @Test("state checks, injected failures and per-tool latency decode")
    func stateAndFailures() throws {
        let call = CallFolder(replacing: Self.scenario("""
            id: book
            turns: []
            toolFailures: {issue_refund: {first: 2}, track: {rate: 0.5}}
            expect:
              state:
                - {sql: "SELECT status FROM orders WHERE id = 'W-1001'", rows: [[refunded]]}
                - sql: SELECT id, note FROM orders
                  rows: [[W-1001, ~], ["W-1002", "a, b"], W-1003]
                - {sql: SELECT 1 FROM refunds, count: 0}
            """).merging(["profiles/fast.yaml": "name: fast\ntools:\n  latencyMs: 40\n  perTool:\n    issue_refund: {lognormal: {p50: 450, p95: 1200}}\n"]) { $1 })
        let scenario = try ScenarioLoader.loadScenario(call.path("scenarios/book.yaml"))
        #expect(scenario.toolFailures == ["issue_refund": .first(2), "track": .rate(0.5)])
        #expect(scenario.expect.state.map(\.rows) == [[["refunded"]], [["W-1001", nil], ["W-1002", "a, b"], ["W-1003"]], nil])
        #expect(scenario.expect.state.map(\.count) == [nil, nil, 0])
        let profile = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml")).latency.tools
        #expect(profile.latency(of: "issue_refund") == .logNormal(p50: 450, p95: 1200))
        #expect(profile.latency(of: "get_order") == .fixed(40))
    }
}
