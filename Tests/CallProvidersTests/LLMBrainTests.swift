import AgentTools
import Foundation
import SimTime
import Testing
import VoicePipeline
@testable import CallProviders

@Suite("LLM brain over loopback")
struct LLMBrainTests {
    static let fallback = "I'm sorry, I'm having trouble right now. Let me transfer you to a colleague."

    func brain(_ server: LoopbackServer, tools: any ToolProviding, measured: Bool = true, timeoutMs: Int = 5000,
               transport: any ProviderTransport = LiveTransport()) -> LLMBrain {
        var settings = ChatCompletionsClient.Settings(baseURL: server.baseURL, model: "scripted", timeoutMs: timeoutMs)
        settings.retry.baseBackoffMs = 20
        return LLMBrain(client: ChatCompletionsClient(settings: settings, transport: transport), tools: tools,
                        settings: .init(systemPrompt: "You are the receptionist.", fallbackMessage: Self.fallback, measuredLatency: measured,
                                        handoffTool: Hospital.domain.handoffTool))
    }

    func says(_ response: BrainResponse) -> [String] {
        response.steps.compactMap { if case .say(let text) = $0 { text } else { nil } }
    }

    func tools(_ response: BrainResponse) -> [(ToolCall, ToolResult)] { response.toolCalls }

    @Test("the greeting is the model's answer to the system prompt alone")
    func greeting() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let response = brain(server, tools: try Hospital.tools()).greet()
        #expect(says(response) == [ScriptedReceptionist.greeting])
        #expect(response.measuredDelays?.count == 1)
        #expect(server.requests[0].json?["messages"] == [["role": "system", "content": "You are the receptionist."]])
    }

    @Test("a tool call runs on the backend, its result goes back as a tool message, and the answer uses it")
    func toolRound() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let backend = try Hospital.tools()
        let llm = brain(server, tools: backend)
        _ = llm.greet()
        let response = llm.respond(to: "Can you tell me about Doctor Lee?")

        let calls = tools(response)
        try #require(calls.count == 1)
        #expect(calls[0].0 == ToolCall(id: "call_lee", name: "get_doctor_info", arguments: ["doctor_name": "Dr. Lee"]))
        #expect(calls[0].1 == backend.call(calls[0].0))
        #expect(says(response).count == 1)
        #expect(says(response)[0].contains("Orthopedics"))
        guard case .tool = response.steps[0], case .say = response.steps[1] else {
            Issue.record("steps out of order: \(response.steps)")
            return
        }
        // Two model calls: one that called the tool, one that answered.
        #expect(response.measuredDelays?.count == 2)
        #expect(server.requests.count == 3)
        let followUp = try #require(server.requests[2].json?["messages"]?.array)
        #expect(followUp.count == 5) // system, greeting, user, assistant with the call, tool result
        #expect(followUp[3]["tool_calls"]?[0]?["id"] == "call_lee")
        #expect(followUp[3]["tool_calls"]?[0]?["function"]?["arguments"] == #"{"doctor_name": "Dr. Lee"}"#)
        #expect(followUp[4] == ["role": "tool", "tool_call_id": "call_lee", "content": .string(calls[0].1.text)])
    }

    @Test("parallel tool calls run in index order; the second is not charged a second model call")
    func parallelCalls() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let response = brain(server, tools: try Hospital.tools()).respond(to: "Tell me about both doctors, Lee and Patel.")
        #expect(tools(response).map { $0.0.id } == ["call_lee", "call_patel"])
        #expect(tools(response).map { $0.0.arguments["doctor_name"] } == ["Dr. Lee", "Dr. Patel"])
        #expect(says(response).count == 1)
        #expect(says(response)[0].contains("Orthopedics") && says(response)[0].contains("Cardiology"))
        // startReply counts a model call before each tool step and before the text after them.
        let delays = try #require(response.measuredDelays)
        #expect(delays.count == 3)
        #expect(delays[1] == .zero)
        #expect(delays[0] > .zero && delays[2] > .zero)
    }

    @Test("transfer_to_human runs the tool and ends the turn with a transfer step after the closing words")
    func transfer() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let backend = try Hospital.tools()
        let response = brain(server, tools: backend).respond(to: "Can I speak to a real person, please?")
        #expect(tools(response).map(\.0.name) == ["transfer_to_human"])
        #expect(tools(response)[0].1.content["ticket"] != nil)
        #expect(says(response) == ["I'm connecting you with a colleague now."])
        guard case .transfer(let reason, let summary) = response.steps.last else {
            Issue.record("the last step is not a transfer: \(response.steps)")
            return
        }
        #expect(reason == "caller asked for a person")
        #expect(summary == "The caller asked to speak to a person.")
    }

    @Test("a timeout gives the fallback line and a transfer, after the time the failure took")
    func timeout() throws {
        let server = try LoopbackServer { _, _ in
            var response = LoopbackServer.Response.stream([SSE.textAnswer("Too late.")])
            response.delayMs = 1500
            return response
        }
        let response = brain(server, tools: try Hospital.tools(), timeoutMs: 300).respond(to: "Hello?")
        #expect(says(response) == [Self.fallback])
        guard case .transfer(let reason, let summary) = response.steps.last else {
            Issue.record("no transfer after the fallback: \(response.steps)")
            return
        }
        #expect(reason.contains("no answer within 300 ms"))
        #expect(summary.contains("Hello?"))
        let delays = try #require(response.measuredDelays)
        #expect(delays.count == 1)
        #expect(delays[0] > .zero)
    }

    @Test("persistent server errors give the fallback and a transfer naming the status")
    func serverError() throws {
        let server = try LoopbackServer { _, _ in .json(["error": ["message": "model unavailable"]], status: 500) }
        let response = brain(server, tools: try Hospital.tools()).greet()
        #expect(says(response) == [Self.fallback])
        guard case .transfer(let reason, _) = response.steps.last else {
            Issue.record("no transfer: \(response.steps)")
            return
        }
        #expect(reason.contains("HTTP 500") && reason.contains("model unavailable"))
    }

    @Test("with latency: profile the response carries no measured delays")
    func profileLatency() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let response = brain(server, tools: try Hospital.tools(), measured: false).respond(to: "Can you tell me about Doctor Lee?")
        #expect(response.measuredDelays == nil)
        #expect(tools(response).count == 1)
    }

    @Test("restoring a snapshot undoes a turn: the next request does not contain it")
    func snapshotRestore() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let llm = brain(server, tools: try Hospital.tools())
        _ = llm.greet()
        let saved = llm.snapshot()
        _ = llm.respond(to: "Can you tell me about Doctor Lee?")
        #expect(llm.messages.count == 6)
        llm.restore(saved)
        #expect(llm.messages.count == 2)
        _ = llm.respond(to: "No, that's all. Bye.")
        let last = try #require(server.requests.last?.json?["messages"]?.array)
        #expect(last.count == 3)
        #expect(last[2] == ["role": "user", "content": "No, that's all. Bye."])
    }

    @Test("silence is a note from the phone system")
    func noInput() throws {
        let server = try LoopbackServer(ScriptedReceptionist.handler)
        let response = brain(server, tools: try Hospital.tools()).noInput(heardSound: false)
        #expect(says(response) == ["Are you still there?"])
        #expect(server.requests[0].json?["messages"]?[1]?["content"]?.string == LLMBrain.silenceNote)
    }

    @Test("arguments that are not JSON become an error result the model reads")
    func badArguments() throws {
        let server = try LoopbackServer { request, _ in
            let last = request.json?["messages"]?.array?.last
            if last?["role"] == "tool" { return .stream([SSE.textAnswer("Sorry, let me try again later.")]) }
            return .stream([SSE.toolAnswer(id: "call_x", name: "get_doctor_info", arguments: "{doctor: Lee")])
        }
        let response = brain(server, tools: try Hospital.tools()).respond(to: "Who is Dr. Lee?")
        #expect(tools(response).count == 1)
        #expect(tools(response)[0].1.isError)
        let toolMessage = try #require(server.requests.last?.json?["messages"]?.array?.last)
        #expect(toolMessage["role"] == "tool")
        #expect(toolMessage["content"]?.string?.contains("not a JSON object") == true)
        #expect(says(response) == ["Sorry, let me try again later."])
    }

    @Test("a model that never stops calling tools is cut off after five calls with the fallback")
    func endlessTools() throws {
        let server = try LoopbackServer { _, n in
            .stream([SSE.toolAnswer(id: "call_\(n)", name: "get_doctor_info", arguments: #"{"doctor_name":"Lee"}"#)])
        }
        let response = brain(server, tools: try Hospital.tools()).respond(to: "Tell me everything.")
        #expect(server.requests.count == 5)
        #expect(tools(response).count == 5)
        #expect(says(response) == [Self.fallback])
        if case .transfer = response.steps.last {} else { Issue.record("no transfer: \(response.steps)") }
    }
}
