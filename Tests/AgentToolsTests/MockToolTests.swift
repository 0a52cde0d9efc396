import AgentTools
import Testing

@Suite("Mock tools")
struct MockToolTests {
    static let tracking = DeclaredTool(
        definition: ShopFixture.definition("track", ["order_id": ["type": "string"], "carrier": ["type": "string"], "count": ["type": "number"]],
                                          required: ["order_id"]),
        implementation: MockTool(name: "track", cases: [
            .init(when: ["order_id": "W-1002", "carrier": "parcel express"], outcome: .result(["scan": "left the depot"])),
            .init(when: ["order_id": "W-1002"], outcome: .result(["scan": "in transit"])),
            .init(when: ["order_id": "W-1003"], outcome: .error("not shipped yet")),
            .init(when: ["order_id": "W-1004"], outcome: .unavailable("tracking is down")),
            .init(when: ["count": 2], outcome: .result("two")),
        ]))

    static let answers: [([String: JSONValue], ToolResult)] = [
        (["order_id": "W-1002", "carrier": " Parcel Express "], .success(["scan": "left the depot"])),
        (["order_id": "w-1002"], .success(["scan": "in transit"])),
        (["order_id": "W-1002", "carrier": "swift freight"], .success(["scan": "in transit"])),
        (["order_id": "W-1003"], .error("not shipped yet")),
        (["order_id": "W-1004"], .unavailable("tracking is down")),
        (["order_id": "W-1009", "count": "2"], .success("two")),
    ]

    @Test("the first case whose arguments all match answers; text ignores case and spaces, numbers match their text", arguments: answers)
    func cases(arguments: [String: JSONValue], expected: ToolResult) {
        #expect(ShopFixture.tools([Self.tracking], database: nil).call("track", arguments) == expected)
    }

    @Test("no case matches: a refused request naming the arguments; a case without when matches anything")
    func fallThrough() {
        let result = ShopFixture.tools([Self.tracking], database: nil).call("track", ["order_id": "W-1009"])
        #expect(result.errorMessage == #"track has no answer for {"order_id":"W-1009"}"#)
        let fallback = DeclaredTool(definition: Self.tracking.definition,
                                    implementation: MockTool(name: "track", cases: [.init(outcome: .result("anything"))]))
        #expect(ShopFixture.tools([fallback], database: nil).call("track", ["order_id": "W-1009"]).content == "anything")
    }
}
