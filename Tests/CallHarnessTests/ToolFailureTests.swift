import CallScenario
import Testing
@testable import CallHarness

@Suite("Injected tool failures", .serialized)
struct ToolFailureTests {
    /// With every tool call failing, the flow retries once, then hands the caller to staff
    /// with an apology instead of pretending the booking worked.
    @Test("a failing scheduling system makes the agent retry, then transfer")
    func failingTools() throws {
        let config = try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("latency.tools.failureRate", "1")])
        let agent = try PreparedAgent(config)
        let scenario = try Bundled.scenario("book-patel")
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 5).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        let scheduling = result.toolCalls.filter { $0.0.name == "schedule_appointment" }
        #expect(scheduling.count == 2, "one try and one retry")
        #expect(scheduling.allSatisfy { $0.1.isError })
        #expect(report.escalated)
        #expect(result.replies.contains { $0.text.contains("scheduling system isn't responding") })
        #expect(!report.passed)
    }

    /// A request the system refuses as it stands (a time outside office hours) is not an
    /// outage: it is not retried, the agent says why and asks for the day and time again.
    @Test("a refused booking is said and asked again, never retried as an outage")
    func refusedRequest() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        var scenario = try Bundled.scenario("book-patel")
        guard case .answers(var answers) = scenario.turns[1].kind else { Issue.record("book-patel answers"); return }
        answers["time"] = "Seven in the evening."
        scenario.turns[1] = CallerTurn(kind: .answers(answers), line: 1)
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 5).run()
        let scheduling = result.toolCalls.filter { $0.0.name == "schedule_appointment" }
        let refusals = result.replies.filter { $0.text.contains("Sorry, I can't book that") }
        #expect(!scheduling.isEmpty)
        #expect(scheduling.allSatisfy { $0.1.isError && !$0.1.retryable && $0.1.errorMessage?.contains("outside office hours") == true })
        #expect(refusals.count == scheduling.count, "one try per request: \(result.replies.map(\.text))")
        let refusal = refusals.first?.text ?? ""
        #expect(refusal.contains("outside office hours") && refusal.contains("What day"), "says why, asks for the day again: \(refusal)")
        #expect(!result.replies.contains { $0.text.contains("scheduling system isn't responding") })
    }
}
