import AgentTools
import CallDatabase
import Testing

@Suite("Declared tools")
struct DeclaredToolsTests {
    static let echo = DeclaredTool(
        definition: ShopFixture.definition("echo", ["order_id": ["type": "string", "pattern": "^W-[0-9]{4}$"],
                                                    "quantity": ["type": "integer", "minimum": 1], "gift": ["type": "boolean"],
                                                    "color": ["type": "string", "enum": ["red", "blue"]]],
                                          required: ["order_id"]),
        implementation: MockTool(name: "echo", cases: [.init(outcome: .result("ok"))]))

    static let refusals: [([String: JSONValue], String)] = [
        (["order_id": "W-1001", "size": "L"], "echo does not take 'size'; it takes color, gift, order_id, quantity"),
        ([:], "echo needs the argument 'order_id'"),
        (["order_id": "   "], "echo needs the argument 'order_id'"),
        (["order_id": nil], "echo needs the argument 'order_id'"),
        (["order_id": ["W-1001"]], #"the argument 'order_id' must be a string, not ["W-1001"]"#),
        (["order_id": "1001"], "the argument 'order_id' must match ^W-[0-9]{4}$, not \"1001\""),
        (["order_id": "W-1001", "quantity": "two"], #"the argument 'quantity' must be an integer, not "two""#),
        (["order_id": "W-1001", "quantity": 1.5], "the argument 'quantity' must be an integer, not 1.5"),
        (["order_id": "W-1001", "quantity": 0], "the argument 'quantity' must be at least 1"),
        (["order_id": "W-1001", "color": "green"], "the argument 'color' must be one of red, blue, not green"),
    ]

    @Test("arguments are checked against the schema, in the words a model can act on", arguments: refusals)
    func refused(arguments: [String: JSONValue], message: String) {
        let result = ShopFixture.tools([Self.echo], database: nil).call("echo", arguments)
        #expect(result.errorMessage == message)
        #expect(!result.retryable)
    }

    @Test("text a flow passes is read as the number or flag the schema asks for")
    func coerced() throws {
        let db = try ShopFixture.database()
        let tool = DeclaredTool(definition: Self.echo.definition,
                                implementation: SQLTool(name: "echo", statements: "SELECT :order_id AS o, :quantity + 1 AS q, :gift AS g", result: .row))
        let result = ShopFixture.tools([tool], database: db).call("echo", ["order_id": "W-1001", "quantity": "2", "gift": "yes"])
        #expect(result.content == ["o": "W-1001", "q": 3, "g": 1])
    }

    @Test("an unknown tool is an error naming the tools; the domain's own tools stay behind the declared ones")
    func layering() throws {
        final class Base: ToolProviding {
            var definitions: [ToolDefinition] { [ShopFixture.definition("lookup", [:], required: []), ShopFixture.definition("echo", [:], required: [])] }
            func call(_ call: ToolCall) -> ToolResult { .success(.string("base \(call.name)")) }
        }
        let tools = DeclaredTools([Self.echo], base: Base(), context: ToolContext(), faults: ToolFaults(plans: [:], random: { 0 }))
        #expect(tools.definitions.map(\.name) == ["lookup", "echo"])
        #expect(tools.call("lookup", [:]).content == "base lookup")
        #expect(tools.call("echo", ["order_id": "W-1001"]).content == "ok")
        #expect(tools.call("nope", [:]).errorMessage == "there is no tool named 'nope'; the tools are lookup, echo")
    }

    @Test("first: N fails the first N calls of the tool, as a failing service that does nothing")
    func firstCalls() throws {
        let db = try ShopFixture.database()
        let tool = DeclaredTool(definition: ShopFixture.definition("cancel", [:], required: []),
                                implementation: SQLTool(name: "cancel", statements: "UPDATE orders SET status = 'cancelled' WHERE id = 'W-1001'"))
        let tools = ShopFixture.tools([tool, Self.echo], database: db, plans: ["cancel": .first(2)])
        let results = (0..<3).map { _ in tools.call("cancel", [:]) }
        #expect(results.map(\.retryable) == [true, true, false])
        #expect(results[0].errorMessage == ToolFaults.message)
        #expect(results[2].content == ["changes": 1])
        #expect(!tools.call("echo", ["order_id": "W-1001"]).isError, "a tool without a plan never fails")
    }

    @Test("rate: p fails a call when its seeded draw is under p")
    func rate() {
        let tools = ShopFixture.tools([Self.echo], database: nil, plans: ["echo": .rate(0.3)], draws: [0.1, 0.5, 0.29, 0.3])
        #expect((0..<4).map { _ in tools.call("echo", ["order_id": "W-1001"]).isError } == [true, false, true, false])
    }
}

extension DeclaredToolsTests {
    @Test("a domain's own tools fail as their plans say too, without being checked against a schema")
    func baseFailures() {
        final class Base: ToolProviding {
            var definitions: [ToolDefinition] { [ShopFixture.definition("lookup", [:], required: [])] }
            func call(_ call: ToolCall) -> ToolResult { .success(.string("looked up \(call.arguments.count)")) }
        }
        let tools = DeclaredTools([], base: Base(), context: ToolContext(), faults: ToolFaults(plans: ["lookup": .first(1)], random: { 0 }))
        #expect(tools.call("lookup", ["any": 1]) == .unavailable(ToolFaults.message))
        #expect(tools.call("lookup", ["any": 1]) == .success("looked up 1"))
    }
}
