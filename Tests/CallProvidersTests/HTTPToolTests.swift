import TestSupport
import AgentTools
import Foundation
import Testing
@testable import CallProviders

/// Tools served by the team's own tool server, over a loopback server this test starts.
@Suite("HTTP tools", .serialized)
struct HTTPToolTests {
    static let secret = "tok-shop-9f3a2c7e1b"
    static let definition = ToolDefinition(name: "lookup_order", description: "An order's status.", parameters: [
        "type": "object", "properties": ["order_id": ["type": "string"], "count": ["type": "integer"]], "required": ["order_id"],
        "additionalProperties": false,
    ])

    /// The tool at `server`'s `/tools/lookup_order`, with the secret in a header.
    static func tool(_ server: LoopbackServer, transport: any ProviderTransport, timeoutMs: Int = 2000) -> DeclaredTools {
        let resolved = HTTPTool.resolve("Bearer ${SHOP_TOKEN}", environment: ["SHOP_TOKEN": secret])
        let http = HTTPTool(name: "lookup_order", url: "http://127.0.0.1:\(server.port)/tools/lookup_order",
                            headers: [("Authorization", resolved.text)], timeoutMs: timeoutMs, secrets: resolved.secrets, transport: transport)
        return DeclaredTools([DeclaredTool(definition: definition, implementation: http)], base: NoTools(), context: ToolContext(),
                             faults: ToolFaults(plans: [:], random: { 0 }))
    }

    static func call(_ tools: DeclaredTools, _ order: String) -> ToolResult {
        tools.call(ToolCall(id: "c1", name: "lookup_order", arguments: ["order_id": .string(order), "count": "2"]))
    }

    static let answers: LoopbackServer.Handler = { request, _ in
        switch request.json?["order_id"]?.string {
        case "W-1002": .json(["order_id": "W-1002", "status": "shipped", "echo": .string(request.headers["authorization"] ?? "")])
        case "W-1003": .json(["error": "order W-1003 belongs to another customer"], status: 403)
        case "W-1004": .json(["message": "database is down"], status: 503)
        default: .json(["detail": "no such order"], status: 404)
        }
    }

    @Test("the arguments are POSTed as JSON with the headers; a 2xx body is the result, secrets masked in it")
    func live() throws {
        let server = try LoopbackServer(Self.answers)
        let result = Self.call(Self.tool(server, transport: LiveTransport()), " W-1002 ")
        #expect(result == .success(["order_id": "W-1002", "status": "shipped", "echo": "Bearer [REDACTED]"]))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/tools/lookup_order")
        #expect(request.json == ["order_id": "W-1002", "count": 2], "the arguments as the schema reads them")
        #expect(request.headers["authorization"] == "Bearer \(Self.secret)")
        #expect(request.headers["content-type"] == "application/json")
    }

    @Test("4xx is a refused request with the server's message; 5xx and timeouts are a failing service", arguments: [
        ("W-1003", ToolResult.error("order W-1003 belongs to another customer")),
        ("W-1009", .error(#"lookup_order refused the request (HTTP 404): {"detail":"no such order"}"#)),
        ("W-1004", .unavailable(#"lookup_order failed (HTTP 503): {"message":"database is down"}"#)),
    ])
    func statuses(order: String, expected: ToolResult) throws {
        let server = try LoopbackServer(Self.answers)
        #expect(Self.call(Self.tool(server, transport: LiveTransport()), order) == expected)
    }

    @Test("a server that does not answer in time is a failing service")
    func timeout() throws {
        let server = try LoopbackServer { _, _ in var slow = LoopbackServer.Response.json(["late": true]); slow.delayMs = 1500; return slow }
        let result = Self.call(Self.tool(server, transport: LiveTransport(), timeoutMs: 300), "W-1002")
        #expect(result.isError && result.retryable)
        #expect(result.errorMessage == "lookup_order failed: no answer within 300 ms")
    }

    @Test("a recorded call replays offline to the same result; the cassette holds no secret")
    func recordReplay() throws {
        let folder = TempFolder()
        let server = try LoopbackServer(Self.answers)
        let recorded = [Self.call(Self.tool(server, transport: RecordingTransport(folder: folder.root)), "W-1002"),
                        Self.call(Self.tool(server, transport: RecordingTransport(folder: folder.root)), "W-1003")]
        server.stop()
        let replayer = Self.tool(server, transport: ReplayingTransport(folder: folder.root))
        #expect([Self.call(replayer, "W-1002"), Self.call(replayer, "W-1003")] == recorded)
        #expect(replayer.stopError == nil)
        let files = folder.files()
        #expect(files.count == 2 && files.allSatisfy { $0.contains("/tools-lookup-order-") })
        for file in files { #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains(Self.secret)) }
    }

    @Test("a call the cassette lacks stops the call as a setup problem")
    func missing() throws {
        let folder = TempFolder()
        let server = try LoopbackServer(Self.answers)
        server.stop()
        let tools = Self.tool(server, transport: ReplayingTransport(folder: folder.root))
        let result = Self.call(tools, "W-1002")
        #expect(result.isError && result.retryable)
        let stop = try #require(tools.stopError as? ProviderError)
        #expect(stop.stopsRun && "\(stop)".contains("is not in the cassette"))
    }

    @Test("${NAME} is read from the environment, its value listed as a secret; an unset one is named")
    func environment() {
        let resolved = HTTPTool.resolve("https://x.example/t?key=${A}&b=${B}", environment: ["A": "one", "B": "two"])
        #expect(resolved.text == "https://x.example/t?key=one&b=two" && resolved.secrets == ["one", "two"] && resolved.missing == nil)
        #expect(HTTPTool.resolve("Bearer ${NOPE}", environment: [:]).missing == "NOPE")
    }
}
