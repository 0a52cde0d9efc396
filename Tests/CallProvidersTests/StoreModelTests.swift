import TestSupport
import AgentTools
import Foundation
import Testing

/// A stand-in chat model for the store's order-support line: looks orders up, starts a
/// return and refunds it, one tool call a round, reading what the tools give back.
enum ScriptedStore {
    static func answer(_ body: JSONValue) -> Data {
        let messages = body["messages"]?.array ?? []
        guard let last = messages.last else { return SSE.textAnswer("Hello?") }
        if last["role"] == "system" { return SSE.textAnswer("Thank you for calling Juniper Outfitters. How can I help you today?") }
        if last["role"] == "tool" {
            let result = (last["content"]?.string).flatMap { try? JSONValue(parsing: $0) } ?? .null
            let called = messages.last { $0["role"] == "assistant" }?["tool_calls"]?[0]?["function"]?["name"]?.string
            if let error = result["error"]?.string { return SSE.textAnswer("I'm sorry, \(error).") }
            switch called {
            case "get_order":
                return SSE.textAnswer("Your order is \(result["status"]?.string ?? "?") and should arrive on \(result["expected_on"]?.string ?? "?").")
            case "check_return":
                return SSE.toolAnswer(id: "call_start", name: "start_return", arguments: #"{"order_id": "W-1001", "reason": "damaged"}"#)
            case "start_return":
                return SSE.toolAnswer(id: "call_refund", name: "issue_refund", arguments: #"{"order_id": "W-1001"}"#)
            default:
                return SSE.textAnswer("Your refund of \(result["amount"]?.string ?? "?") dollars is on its way.")
            }
        }
        let text = (last["content"]?.string ?? "").lowercased()
        if text.contains("where is my order") {
            return SSE.toolAnswer(id: "call_order", name: "get_order", arguments: #"{"order_id": "W-1002"}"#)
        }
        if text.contains("mary lopez") {
            return SSE.toolAnswer(id: "call_check", name: "check_return", arguments: #"{"order_id": "W-1001", "customer_name": "Mary Lopez"}"#)
        }
        if text.contains("maria lopez") {
            return SSE.toolAnswer(id: "call_check2", name: "check_return", arguments: #"{"order_id": "W-1001", "customer_name": "Maria Lopez"}"#)
        }
        return SSE.textAnswer("Thank you for calling. Goodbye!")
    }

    static func handler(_ request: LoopbackServer.Request, _ number: Int) -> LoopbackServer.Response {
        guard request.path.hasSuffix("/chat/completions"), let body = request.json else { return .json(["error": ["message": "not found"]], status: 404) }
        return .stream(SSE.split(answer(body)), gapMs: 1)
    }
}

@Suite("the store's chat-model agent", .serialized)
struct StoreModelTests {
    static let agent = "Scenarios/store/agents/store-llm.yaml"
    static let scenario = """
        id: store-llm-return
        description: Where an order is, then a return refused for the wrong name and done for the right one.
        caller: { voice: flite/kal16 }
        turns:
          - say: "Hi, where is my order W one zero zero two?"
          - say: "I'd also like to return order W one zero zero one. My name is Mary Lopez."
          - say: "Sorry, it's Maria Lopez. It arrived damaged."
          - say: "That's all, bye."
        expect:
          toolCalls:
            - get_order: {order_id: W-1002}
            - issue_refund: {order_id: W-1001}
          state:
            - {sql: "SELECT status FROM orders WHERE id = 'W-1001'", rows: [[refunded]]}
            - {sql: "SELECT order_id, reason FROM return_requests", rows: [[W-1001, damaged]]}
        """

    @Test("the model is sent the agent's own tools, its calls run against the call's database, refusals reach it, and a replay gives the same report")
    func storeTools() throws {
        let folder = TempFolder()
        let scenario = folder.write("store-llm-return.yaml", Self.scenario)
        let server = try LoopbackServer(ScriptedStore.handler)
        let common = ["run", scenario, "--agent", Self.agent, "--set", "brain.llm.baseURL=\(server.baseURL)", "--seed", "3", "--jobs", "1", "--no-history"]
        let recorded = try Binary.run(common + ["--out", folder.path("recorded"), "--record", folder.path("cassette")],
                                      environment: ["OPENAI_API_KEY": "sk-store-" + UUID().uuidString])
        #expect(recorded.status == 0, "\(recorded.stdout)\n\(recorded.stderr)")
        server.stop()

        let sent = try #require(server.requests.first?.json?["tools"]?.array).compactMap { $0["function"]?["name"]?.string }
        #expect(sent == ["get_order", "track_parcel", "check_return", "start_return", "issue_refund", "check_address_change",
                         "change_delivery_address", "hand_off_to_staff"])
        // The refusal for the wrong name went back to the model as the tool's result.
        let refused = server.requests.compactMap { $0.json?["messages"]?.array?.last }.first { $0["role"] == "tool" && $0["content"]?.string?.contains("error") == true }
        #expect(refused?["content"]?.string == #"{"error":"the name Mary Lopez is not the name on order W-1001"}"#)

        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("recorded/report.json"), encoding: .utf8))
        let call = try #require(report["calls"]?[0])
        #expect(call["passed"] == true, "\(call["failures"] ?? nil)")
        #expect(call["toolCalls"]?[0]?["result"]?.string?.contains(#""expected_on":"2025-06-05""#) == true)
        #expect(call["state"]?["tables"] == [
            ["table": "orders", "inserted": 0, "updated": 1, "deleted": 0],
            ["table": "refunds", "inserted": 1, "updated": 0, "deleted": 0],
            ["table": "return_requests", "inserted": 1, "updated": 0, "deleted": 0],
        ])

        let replayed = try Binary.run(common + ["--out", folder.path("replayed"), "--replay", folder.path("cassette")], environment: ["OPENAI_API_KEY": nil])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(try CommandLineCassetteTests.comparable(folder.path("replayed/report.json")) == CommandLineCassetteTests.comparable(folder.path("recorded/report.json")))
    }
}
