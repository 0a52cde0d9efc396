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
}
