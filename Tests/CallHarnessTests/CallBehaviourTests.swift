import SimTime
import CallScenario
import Foundation
import Testing
@testable import CallHarness

@Suite("Calls end to end", .serialized)
struct CallBehaviourTests {
    @Test("the same seed gives the same call; another seed a different one")
    func reproducible() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        let scenario = try Bundled.scenario("cancel")
        let a = try CallRunner(scenario: scenario, agent: agent, runSeed: 1).run()
        let b = try CallRunner(scenario: scenario, agent: agent, runSeed: 1).run()
        let c = try CallRunner(scenario: scenario, agent: agent, runSeed: 2).run()
        #expect(a.recording == b.recording)
        #expect(a.trace == b.trace)
        #expect(a.trace != c.trace)
    }

    @Test("a 1.2 s pause after 'my name is' is not cut: one reply for the whole turn, no cut-in")
    func midSentencePause() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        var scenario = try Bundled.scenario("book-patel")
        scenario.turns = [
            scenario.turns[0],
            CallerTurn(kind: .answers(["date": "Thursday, please.", "time": "Eleven in the morning."]), line: 1),
            CallerTurn(kind: .say("My name is John Smith."), pause: CallerTurn.Pause(afterWord: 3, atMs: nil, ms: 1200), line: 2),
            CallerTurn(kind: .answers(["date_of_birth": "March fifteenth, nineteen eighty five.", "confirmation": "Yes, please book it."]), line: 3),
            scenario.turns[2],
        ]
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 3).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        let paused = try #require(result.spoken.first { $0.segments.count == 2 })
        #expect(paused.segments[1].start - paused.segments[0].end >= .milliseconds(1190))
        #expect(report.cutIns == 0)
        #expect(report.passed, "\(report.failures)")
        // No reply reached the caller between the two halves.
        for heard in result.heard.values {
            #expect(!(heard.first > paused.segments[0].end && heard.first < paused.segments[1].start))
        }
    }

    @Test("'Yes, please cancel it' to 'Do you want me to cancel it?' cancels (the scripted STT hands the brain the exact words)")
    func cancelItIsYes() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        var scenario = try Bundled.scenario("cancel")
        scenario.turns[1] = CallerTurn(kind: .answers(["has_number": "No, I don't have it.", "patient_name": "My name is Jane Doe.",
                                                       "confirmation": "Yes, please cancel it."]), line: 1)
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 5).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        #expect(report.failures == [])
        #expect(result.toolCalls.contains { $0.0.name == "cancel_appointment" })
    }

    @Test("a lone emergency word is asked about: the caller's no resumes the call where it was, and it books")
    func loneEmergencyWord() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        var scenario = try Bundled.scenario("book-patel")
        scenario.turns.insert(contentsOf: [CallerTurn(kind: .say("Stroke."), line: 1), CallerTurn(kind: .say("No."), line: 2)], at: 0)
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 2).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        let texts = result.replies.map(\.text)
        #expect(texts.count > 2 && texts[1] == "Is this a medical emergency?", "\(texts)")
        #expect(texts.count > 2 && texts[2] == "Sorry, I misheard. " + texts[0], "the greeting again")
        #expect(!report.escalated)
        #expect(report.passed, "\(report.failures)")
    }

    @Test("a clear emergency acts at once, without the confirmation question")
    func clearEmergency() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        let scenario = try Bundled.scenario("emergency")
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 2).run()
        #expect(result.replies.count == 2)
        #expect(result.replies.last?.text.contains("call 911") == true)
        #expect(CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:]).escalated)
    }
}
