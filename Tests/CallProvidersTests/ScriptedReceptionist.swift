import CallProviders
import CallScenario
import CallText
import Receptionist
import AgentTools
import Foundation

/// A stand-in chat model for the loopback server: answers the hospital receptionist's
/// conversation by simple rules, streaming text and tool calls the way OpenAI does.
enum ScriptedReceptionist {
    static let greeting = "Thank you for calling City General Hospital. How can I help you today?"

    /// The streamed answer to a chat-completions request body.
    static func answer(_ body: JSONValue) -> Data {
        let messages = body["messages"]?.array ?? []
        guard let last = messages.last else { return SSE.textAnswer("Hello?") }
        switch last["role"]?.string {
        case "system":
            return SSE.textAnswer(greeting)
        case "tool":
            let results = messages.reversed().prefix { $0["role"] == "tool" }.reversed()
                .compactMap { $0["content"]?.string.flatMap { try? JSONValue(parsing: $0) } }
            let sentences = results.map { result -> String in
                if result["ticket"] != nil { return "I'm connecting you with a colleague now." }
                if let name = result["name"]?.string, let specialty = result["specialty"]?.string {
                    let days = (result["days"]?.array ?? []).compactMap(\.string).joined(separator: ", ")
                    return "\(name) works in \(specialty) on \(days)."
                }
                return "Sorry, I could not find that."
            }
            return SSE.textAnswer(sentences.joined(separator: " "))
        default:
            let text = (last["content"]?.string ?? "").lowercased()
            if text.contains("person") || text.contains("human") {
                return SSE.toolAnswer(id: "call_transfer", name: "transfer_to_human",
                                      arguments: #"{"reason": "caller asked for a person", "summary": "The caller asked to speak to a person."}"#)
            }
            if text.contains("both") {
                return SSE.stream([
                    SSE.tool(index: 0, id: "call_lee", name: "get_doctor_info", arguments: "{\"doctor_"),
                    SSE.tool(index: 1, id: "call_patel", name: "get_doctor_info", arguments: "{\"doctor_name\""),
                    SSE.tool(index: 0, arguments: "name\": \"Dr. Lee\"}"),
                    SSE.tool(index: 1, arguments: ": \"Dr. Patel\"}"),
                    SSE.finish("tool_calls"),
                ])
            }
            if text.contains("lee") {
                return SSE.toolAnswer(id: "call_lee", name: "get_doctor_info", arguments: #"{"doctor_name": "Dr. Lee"}"#, pieceLength: 4)
            }
            if text.contains("nothing for several seconds") { return SSE.textAnswer("Are you still there?") }
            if text.contains("that's all") || text.contains("bye") { return SSE.textAnswer("Thank you for calling. Goodbye!") }
            return SSE.textAnswer("Sorry, could you say that again?")
        }
    }

    /// A loopback handler serving `answer`, the stream cut at awkward places.
    static func handler(_ request: LoopbackServer.Request, _ number: Int) -> LoopbackServer.Response {
        guard request.path.hasSuffix("/chat/completions"), let body = request.json else {
            return .json(["error": ["message": "not found"]], status: 404)
        }
        return .stream(SSE.split(answer(body)), gapMs: 1)
    }
}

/// The repository's hospital fixtures.
enum Hospital {
    static let fixtures: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return (parts + ["Fixtures", "hospital"]).joined(separator: "/")
    }()

    static func backend() throws -> HospitalBackend { try HospitalBackend(fixtures: fixtures, today: "2025-06-02") }

    /// The receptionist's tools as its agent files give them: the hospital's own, then
    /// those of Scenarios/agents/receptionist.tools.yaml (the hand-off) on its database.
    static func tools() throws -> DeclaredTools {
        let backend = try backend()
        let file = URL(fileURLWithPath: fixtures).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/agents/receptionist.tools.yaml").path
        let declared = try ScenarioLoader.loadTools(file).map { tool -> DeclaredTool in
            guard case .sql(let sql) = tool.implementation else { throw ToolFailure("\(tool.name) is not an sql tool") }
            return DeclaredTool(definition: tool.definition, implementation: SQLTool(name: tool.name, statements: sql.statements, result: sql.result,
                                                                                    requires: sql.requires), handoff: tool.handoff)
        }
        return DeclaredTools(declared, base: backend, context: ToolContext(database: backend.database, today: CalendarDate(iso: "2025-06-02")),
                             faults: ToolFaults(plans: [:], random: { 0 }))
    }

    /// The hospital domain over the fixtures.
    static let domain = try! HospitalDomain(fixtures: fixtures, today: "2025-06-02")
}
