import AgentTools
import CallDatabase
import CallText

/// A small shop database for the declared-tool tests: orders and a returns table.
enum ShopFixture {
    static let schema = """
        CREATE TABLE orders (id TEXT PRIMARY KEY, status TEXT NOT NULL, total_cents INTEGER NOT NULL, delivered_on TEXT);
        CREATE TABLE returns (id TEXT PRIMARY KEY, order_id TEXT NOT NULL UNIQUE REFERENCES orders(id), reason TEXT NOT NULL, opened_on TEXT NOT NULL);
        INSERT INTO orders VALUES ('W-1001', 'delivered', 6450, '2025-05-28'), ('W-1002', 'shipped', 3999, NULL),
            ('W-1005', 'delivered', 4500, '2025-04-01');
        """

    static func database() throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute(schema)
        return db
    }

    static let today = CalendarDate(iso: "2025-06-02")!

    static func definition(_ name: String, _ properties: [String: JSONValue], required: [String]) -> ToolDefinition {
        ToolDefinition(name: name, description: "test tool", parameters: [
            "type": "object", "properties": .object(properties), "required": .array(required.map(JSONValue.string)),
            "additionalProperties": false,
        ])
    }

    /// The tools of `declared`, on `database`, failing as `plans` say.
    static func tools(_ declared: [DeclaredTool], database: SQLiteDatabase?, plans: [String: ToolFailurePlan] = [:],
                      draws: [Double] = []) -> DeclaredTools {
        var remaining = draws
        return DeclaredTools(declared, base: NoTools(), context: ToolContext(database: database, today: today),
                             faults: ToolFaults(plans: plans, random: { remaining.isEmpty ? 0.5 : remaining.removeFirst() }))
    }
}

extension ToolProviding {
    /// Calls `name` with `arguments`.
    func call(_ name: String, _ arguments: [String: JSONValue]) -> ToolResult {
        call(ToolCall(id: "t", name: name, arguments: arguments))
    }
}
