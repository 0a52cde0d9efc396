import AgentTools
import CallScenario
import Receptionist
import Testing
@testable import CallHarness

/// The receptionist's hand-off, declared in its tools file as SQL against the hospital's
/// database, behaves as the Swift tool it replaced: numbered tickets, the same definition,
/// the same messages for missing arguments, after the hospital's own tools.
@Suite("The receptionist's declared tools")
struct ReceptionistToolsTests {
    @Test("hand-offs are recorded with numbered tickets; a missing argument is refused and records nothing")
    func transfers() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        let backend = try #require(try agent.makeBackend() as? HospitalBackend)
        let tools = agent.callTools(backend: backend, seed: 1, failures: [:])
        func call(_ arguments: [String: JSONValue]) -> ToolResult { tools.call(ToolCall(id: "t", name: "transfer_to_human", arguments: arguments)) }
        let first = call(["reason": "caller asked for a person", "summary": "John Smith wants to discuss a bill."])
        let second = call(["reason": " emergency ", "summary": "Chest pain; told to call 911."])
        #expect(first.content == ["status": "transferred", "ticket": "T-0001"])
        #expect(second.content == ["status": "transferred", "ticket": "T-0002"])
        #expect(backend.transfers() == [
            Transfer(ticket: "T-0001", reason: "caller asked for a person", summary: "John Smith wants to discuss a bill."),
            Transfer(ticket: "T-0002", reason: "emergency", summary: "Chest pain; told to call 911."),
        ])
        #expect(call(["reason": "emergency"]).errorMessage == "transfer_to_human needs the argument 'summary'")
        #expect(call(["reason": "emergency", "summary": "  "]).errorMessage == "transfer_to_human needs the argument 'summary'")
        #expect(call(["reason": "x", "summary": "y", "ticket": "T-9"]).errorMessage
                == "transfer_to_human does not take 'ticket'; it takes reason, summary")
        #expect(backend.transfers().count == 2)
        #expect(tools.definitions.map(\.name) == ["check_availability", "schedule_appointment", "reschedule_appointment", "cancel_appointment",
                                                  "get_patient_info", "get_doctor_info", "transfer_to_human"])
        #expect(tools.definitions.last?.openAIFunction == [
            "type": "function", "function": [
                "name": "transfer_to_human",
                "description": "Hand the call to a human colleague when the caller asks for one, has an emergency, or needs something these tools cannot do.",
                "parameters": [
                    "type": "object", "additionalProperties": false, "required": ["reason", "summary"],
                    "properties": [
                        "reason": ["type": "string", "description": "Why the call is handed off."],
                        "summary": ["type": "string", "description": "What the caller wants and what has been done so far, for the colleague."],
                    ],
                ],
            ],
        ])
        #expect(agent.handoffTool == "transfer_to_human")
    }

    @Test("a scenario's toolFailures reach the domain's own tools: the first booking fails as an outage, the retry books")
    func scenarioFailure() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        var scenario = try Bundled.scenario("book-patel")
        scenario.toolFailures = ["schedule_appointment": .first(1)]
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 5).run()
        let scheduling = result.toolCalls.filter { $0.0.name == "schedule_appointment" }.map(\.1)
        #expect(scheduling.map(\.isError) == [true, false])
        #expect(scheduling.first?.retryable == true && scheduling.first?.errorMessage == ToolFaults.message)
        #expect(CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:]).passed)
    }
}
