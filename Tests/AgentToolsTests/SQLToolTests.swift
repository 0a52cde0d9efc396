import AgentTools
import CallDatabase
import Testing

@Suite("SQL tools")
struct SQLToolTests {
    static let orderID: JSONValue = ["type": "string"]

    static func tool(_ name: String, _ sql: String, result: SQLTool.ResultShape? = nil, requires: [SQLTool.Check] = [],
                     properties: [String: JSONValue] = ["order_id": orderID], required: [String] = ["order_id"]) -> DeclaredTool {
        DeclaredTool(definition: ShopFixture.definition(name, properties, required: required),
                     implementation: SQLTool(name: name, statements: sql, result: result, requires: requires))
    }

    @Test("a SELECT gives its rows as JSON objects: all, the first, or the first column", arguments: [
        (SQLTool.ResultShape?.none, #"[{"id":"W-1001","status":"delivered","total":64.5}]"#),
        (.rows, #"[{"id":"W-1001","status":"delivered","total":64.5}]"#),
        (.row, #"{"id":"W-1001","status":"delivered","total":64.5}"#),
        (.value, #""W-1001""#),
    ])
    func reads(shape: SQLTool.ResultShape?, expected: String) throws {
        let db = try ShopFixture.database()
        let tools = ShopFixture.tools([Self.tool("get", "SELECT id, status, total_cents / 100.0 AS total FROM orders WHERE id = :order_id", result: shape)],
                                      database: db)
        let result = tools.call("get", ["order_id": "  W-1001 "])
        #expect(!result.isError)
        #expect(result.text == expected)
    }

    @Test("an argument not given binds NULL, :today the calendar's day, numbers and flags their SQL values")
    func binds() throws {
        let db = try ShopFixture.database()
        let tool = Self.tool("echo", "SELECT :order_id AS a, :today AS t, :n AS n, :f AS f, :x AS x, typeof(:n) AS nt",
                             result: .row, properties: ["order_id": Self.orderID, "n": ["type": "integer"], "f": ["type": "boolean"],
                                                        "x": ["type": "number"]], required: [])
        let result = ShopFixture.tools([tool], database: db).call("echo", ["n": "3", "f": true, "x": 2.5])
        #expect(result.content == ["a": nil, "t": "2025-06-02", "n": 3, "f": 1, "x": 2.5, "nt": "integer"])
    }

    @Test("statements run in order in one transaction; a write gives the rows it changed")
    func writes() throws {
        let db = try ShopFixture.database()
        let tool = Self.tool("ship", "UPDATE orders SET status = 'shipped' WHERE status = 'delivered'; UPDATE orders SET total_cents = 0 WHERE id = :order_id",
                             properties: ["order_id": Self.orderID], required: [])
        let result = ShopFixture.tools([tool], database: db).call("ship", ["order_id": "W-1002"])
        #expect(result.content == ["changes": 3])
        #expect(try db.query("SELECT status FROM orders ORDER BY id").compactMap { $0["status"]?.text } == ["shipped", "shipped", "shipped"])
    }

    @Test("a write with RETURNING gives its rows")
    func returning() throws {
        let db = try ShopFixture.database()
        let tool = Self.tool("open", "INSERT INTO returns VALUES ('R-1', :order_id, 'damaged', :today) RETURNING id, order_id", result: .row)
        #expect(ShopFixture.tools([tool], database: db).call("open", ["order_id": "W-1001"]).content == ["id": "R-1", "order_id": "W-1001"])
    }

    static let returnChecks: [SQLTool.Check] = [
        .init(query: "SELECT 1 FROM orders WHERE id = :order_id", message: "there is no order {order_id}"),
        .init(query: "SELECT status FROM orders WHERE id = :order_id AND status != 'delivered'", rows: 0,
              message: "order {order_id} is {status}, so it cannot be returned"),
        .init(query: "SELECT delivered_on FROM orders WHERE id = :order_id AND delivered_on < date(:today, '-30 days')", rows: 0,
              message: "order {order_id} was delivered on {delivered_on}, too long ago"),
        .init(changes: 2, message: "the return of {order_id} was not recorded"),
    ]

    static var returnTool: DeclaredTool {
        tool("start_return", """
            INSERT INTO returns SELECT 'R-' || (SELECT COUNT(*) + 1 FROM returns), :order_id, 'damaged', :today;
            UPDATE orders SET status = 'return_started' WHERE id = :order_id
            """, requires: returnChecks)
    }

    @Test("a check that does not hold refuses the call with its message, filled from the row and the arguments, and changes nothing",
          arguments: [
              ("W-9999", "there is no order W-9999"),
              ("W-1002", "order W-1002 is shipped, so it cannot be returned"),
              ("W-1005", "order W-1005 was delivered on 2025-04-01, too long ago"),
          ])
    func refused(order: String, message: String) throws {
        let db = try ShopFixture.database()
        let before = try DatabaseSnapshot(of: db)
        let result = ShopFixture.tools([Self.returnTool], database: db).call("start_return", ["order_id": .string(order)])
        #expect(result.isError && !result.retryable)
        #expect(result.errorMessage == message)
        #expect(try DatabaseSnapshot(of: db) == before)
    }

    @Test("the checks hold: both statements run")
    func accepted() throws {
        let db = try ShopFixture.database()
        let result = ShopFixture.tools([Self.returnTool], database: db).call("start_return", ["order_id": "W-1001"])
        #expect(result.content == ["changes": 2])
        #expect(try db.scalar("SELECT status FROM orders WHERE id = 'W-1001'")?.text == "return_started")
        #expect(try db.scalar("SELECT opened_on FROM returns WHERE order_id = 'W-1001'")?.text == "2025-06-02")
    }

    @Test("an outcome check that fails rolls the statements back")
    func outcomeRollsBack() throws {
        let db = try ShopFixture.database()
        let tool = Self.tool("cancel_all", "UPDATE orders SET status = 'cancelled'", requires: [.init(changes: 1, message: "changed {order_id} and more")],
                             properties: ["order_id": Self.orderID], required: [])
        let result = ShopFixture.tools([tool], database: db).call("cancel_all", ["order_id": "W-1001"])
        #expect(result.errorMessage == "changed W-1001 and more")
        #expect(try db.scalar("SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")?.int == 0)
    }

    @Test("a statement SQLite refuses (a constraint) is an error result the brain reads; the rest is undone")
    func constraint() throws {
        let db = try ShopFixture.database()
        let tools = ShopFixture.tools([Self.tool("open", """
            UPDATE orders SET status = 'return_started' WHERE id = :order_id;
            INSERT INTO returns VALUES ('R-1', :order_id, 'damaged', :today)
            """)], database: db)
        #expect(!tools.call("open", ["order_id": "W-1001"]).isError)
        try db.execute("UPDATE orders SET status = 'delivered'")
        let again = tools.call("open", ["order_id": "W-1001"])
        #expect(again.isError && !again.retryable)
        #expect(again.errorMessage?.contains("UNIQUE constraint failed: returns") == true)
        #expect(try db.scalar("SELECT status FROM orders WHERE id = 'W-1001'")?.text == "delivered")
    }

    @Test("row of nothing is refused; value of nothing is null")
    func emptyResults() throws {
        let db = try ShopFixture.database()
        let sql = "SELECT status FROM orders WHERE id = :order_id"
        let tools = ShopFixture.tools([Self.tool("row", sql, result: .row), Self.tool("value", sql, result: .value)], database: db)
        #expect(tools.call("row", ["order_id": "W-0000"]).errorMessage == "row found nothing for these arguments")
        #expect(tools.call("value", ["order_id": "W-0000"]).content == .null)
    }

    @Test("without a database an sql tool is a failing service")
    func noDatabase() {
        let result = ShopFixture.tools([Self.tool("get", "SELECT 1")], database: nil).call("get", ["order_id": "W-1001"])
        #expect(result.isError && result.retryable)
    }
}
