import AgentTools
import Foundation
import Testing
@testable import CallProviders

@Suite("chat completions over loopback")
struct ChatCompletionsClientTests {
    static let tools = [ToolDefinition(name: "check_availability", description: "Free slots.", parameters: [
        "type": "object", "properties": ["doctor_name": ["type": "string"], "date": ["type": "string"]], "required": ["doctor_name"],
    ])]

    func client(_ server: LoopbackServer, key: String? = nil, timeoutMs: Int = 5000, backoffMs: Int = 20) -> ChatCompletionsClient {
        var settings = ChatCompletionsClient.Settings(baseURL: server.baseURL, model: "test-model", apiKey: key, temperature: 0.2,
                                                      maxTokens: 64, timeoutMs: timeoutMs)
        settings.retry.baseBackoffMs = backoffMs
        return ChatCompletionsClient(settings: settings, transport: LiveTransport())
    }

    @Test("a tool call split across many deltas is assembled: id and name once, arguments cut mid-token")
    func splitToolCall() throws {
        let arguments = #"{"doctor_name": "Dr. Patel", "date": "2025-06-05"}"#
        let body = SSE.toolAnswer(id: "call_abc123", name: "check_availability", arguments: arguments, pieceLength: 3)
        let server = try LoopbackServer { _, _ in .stream(SSE.split(body), gapMs: 1) }
        let completion = try client(server).complete([.system("You are a receptionist."), .user("Is Dr. Patel free on Thursday?")], tools: Self.tools)
        #expect(completion.toolCalls == [ChatToolCall(id: "call_abc123", name: "check_availability", arguments: arguments)])
        #expect(completion.text.isEmpty)
        #expect(completion.finishReason == "tool_calls")
        let call = try completion.toolCalls[0].toolCall()
        #expect(call.arguments == ["doctor_name": "Dr. Patel", "date": "2025-06-05"])
    }

    @Test("parallel tool calls with interleaved fragments are kept apart by index")
    func parallelToolCalls() throws {
        let chunks: [JSONValue] = [
            SSE.tool(index: 0, id: "call_a", name: "get_doctor_info", arguments: ""),
            SSE.tool(index: 1, id: "call_b", name: "check_availability", arguments: "{\"doc"),
            SSE.tool(index: 0, arguments: "{\"doctor_na"),
            SSE.tool(index: 1, arguments: "tor_name\":\"Lee\"}"),
            SSE.tool(index: 0, arguments: "me\":\"Patel\"}"),
            SSE.finish("tool_calls"),
        ]
        let server = try LoopbackServer { _, _ in .stream(SSE.split(SSE.stream(chunks), sizes: [11, 3]), gapMs: 1) }
        let completion = try client(server).complete([.user("Tell me about Dr. Patel and whether Dr. Lee is free.")], tools: Self.tools)
        #expect(completion.toolCalls == [
            ChatToolCall(id: "call_a", name: "get_doctor_info", arguments: #"{"doctor_name":"Patel"}"#),
            ChatToolCall(id: "call_b", name: "check_availability", arguments: #"{"doctor_name":"Lee"}"#),
        ])
    }

    @Test("text deltas, including characters cut across chunks, are joined in order")
    func text() throws {
        let sentence = "Thank you for calling City General — how can I help? Café hours are 9 to 5."
        let server = try LoopbackServer { _, _ in .stream(SSE.split(SSE.textAnswer(sentence), sizes: [5, 2, 17]), gapMs: 1) }
        let completion = try client(server).complete([.user("hello")])
        #expect(completion.text == sentence)
        #expect(completion.toolCalls.isEmpty)
        #expect(completion.firstText != nil)
        #expect(completion.firstText! <= completion.complete)
    }

    @Test("the request is OpenAI-compatible: stream, tools in function form, tool_choice, temperature, max_tokens, bearer key")
    func requestShape() throws {
        let server = try LoopbackServer { _, _ in .stream([SSE.textAnswer("Hi.")]) }
        _ = try client(server, key: "sk-shape-0123456789").complete([.system("S"), .user("U")], tools: Self.tools)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer sk-shape-0123456789")
        let json = try #require(request.json)
        #expect(json["stream"] == true)
        #expect(json["model"] == "test-model")
        #expect(json["temperature"]?.number == 0.2)
        #expect(json["max_tokens"]?.int == 64)
        #expect(json["tool_choice"] == "auto")
        #expect(json["tools"]?[0]?["type"] == "function")
        #expect(json["tools"]?[0]?["function"]?["name"] == "check_availability")
        #expect(json["messages"] == [["role": "system", "content": "S"], ["role": "user", "content": "U"]])
    }

    @Test("429 with Retry-After, then 200: retried after the wait, which counts in the time to first output")
    func rateLimited() throws {
        let server = try LoopbackServer { _, number in
            number == 0
                ? .json(["error": ["message": "Rate limit reached"]], status: 429, headers: [("Retry-After", "1")])
                : .stream([SSE.textAnswer("Sure, one moment.")])
        }
        let completion = try client(server).complete([.user("Book me in.")])
        #expect(completion.text == "Sure, one moment.")
        #expect(completion.attempts == 2)
        #expect(server.requests.count == 2)
        // The first output cannot come before the second try, which waited the server's second.
        #expect(completion.firstOutput >= 1_000_000)
        #expect(completion.timeToFirstOutput >= 1_000_000)
    }

    @Test("server errors are retried with back-off; when they persist the error names the status and attempts")
    func serverErrors() throws {
        let flaky = try LoopbackServer { _, number in
            number < 2 ? .json(["error": ["message": "overloaded"]], status: 503) : .stream([SSE.textAnswer("Recovered.")])
        }
        let completion = try client(flaky).complete([.user("hi")])
        #expect(completion.text == "Recovered.")
        #expect(completion.attempts == 3)

        let broken = try LoopbackServer { _, _ in .json(["error": ["message": "the model crashed"]], status: 500) }
        #expect {
            try client(broken).complete([.user("hi")])
        } throws: { error in
            let text = "\(error)"
            return text.contains("HTTP 500") && text.contains("4 attempts") && text.contains("the model crashed")
        }
        #expect(broken.requests.count == 4)
    }

    @Test("a server slower than the budget gives a typed timeout error")
    func timeout() throws {
        let server = try LoopbackServer { _, _ in
            var response = LoopbackServer.Response.stream([SSE.textAnswer("Too late.")])
            response.delayMs = 1500
            return response
        }
        do {
            _ = try client(server, timeoutMs: 300).complete([.user("hello?")])
            Issue.record("a slow server did not time out")
        } catch {
            #expect(error.isTimeout)
            #expect(error.description.contains("300 ms"))
            #expect(error.elapsed > 0)
        }
        #expect(server.requests.count == 1)
    }

    @Test("an error body that echoes the key is masked in the error")
    func keyInErrorBody() throws {
        let key = "sk-echo-" + UUID().uuidString
        let server = try LoopbackServer { request, _ in
            .json(["error": ["message": .string("bad credentials: \(request.headers["authorization"] ?? "")")]], status: 401)
        }
        do {
            _ = try client(server, key: key).complete([.user("hi")])
            Issue.record("a 401 did not fail")
        } catch {
            #expect(!error.description.contains(key))
            #expect(error.description.contains(Redactor.mask))
            #expect(error.description.contains("HTTP 401"))
        }
    }

    @Test("a server that ignores stream and sends one JSON answer still works")
    func nonStreaming() throws {
        let server = try LoopbackServer { _, _ in
            .json(["choices": [["index": 0, "finish_reason": "tool_calls", "message": [
                "role": "assistant", "content": "Let me check.",
                "tool_calls": [["id": "call_9", "type": "function", "function": ["name": "check_availability", "arguments": "{\"doctor_name\":\"Lee\"}"]]],
            ]]]])
        }
        let completion = try client(server).complete([.user("Is Dr. Lee free?")], tools: Self.tools)
        #expect(completion.text == "Let me check.")
        #expect(completion.toolCalls == [ChatToolCall(id: "call_9", name: "check_availability", arguments: "{\"doctor_name\":\"Lee\"}")])
    }

    @Test("a refused connection is an unreachable error after the retries")
    func refused() throws {
        let server = try LoopbackServer { _, _ in .stream([]) }
        let dead = client(server, timeoutMs: 2000, backoffMs: 10)
        server.stop()
        #expect {
            try dead.complete([.user("hi")])
        } throws: { error in
            "\(error)".contains("POST /v1/chat/completions") && !(error as! ProviderError).isTimeout
        }
    }
}
