import CallScenario
import Foundation
import ReportModel
import Testing
@testable import CallHarness

@Suite("What a judge is shown", .serialized)
struct HeardTranscriptTests {
    @Test("the transcript is what the caller said and the agent words it heard, in order; a reply it talked over is cut there")
    func bargedIn() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        let scenario = try Bundled.scenario("barge-in-readback")
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 42).run()
        let transcript = HeardTranscript(result)
        let lines = transcript.lines

        // Every caller turn, as said, and only agent replies that reached the ear.
        #expect(lines.filter { $0.speaker == .caller }.map(\.text) == result.spoken.map(\.text))
        #expect(lines.filter { $0.speaker == .agent }.count == result.heard.count)
        #expect(lines.map(\.start) == lines.map(\.start).sorted())
        #expect(lines.first?.speaker == .agent, "the greeting comes first")
        #expect(transcript.text.split(separator: "\n").count == lines.count)
        #expect(transcript.text.hasPrefix("Agent: "))

        // The read-back the caller cut into: heard only up to the barge-in, a prefix of what the agent meant to say.
        let bargeIn = try #require(result.spoken.first { $0.bargeIn })
        let cut = try #require(result.replies.first { reply in
            guard let heard = result.heard[reply.id] else { return false }
            return reply.interruptedAt != nil && heard.first < bargeIn.start
        })
        let heardWords = try #require(result.heardText[cut.id]).split(separator: " ")
        let fullWords = cut.text.split(separator: " ")
        #expect(heardWords.count < fullWords.count, "heard \(heardWords) of \(fullWords)")
        #expect(Array(fullWords.prefix(heardWords.count)) == heardWords)
        #expect(lines.contains { $0.speaker == .agent && $0.text == heardWords.joined(separator: " ") })
        // Nothing of the agent's own view: its recognizer's words are not the caller's.
        let recognized = result.utterances.map(\.transcript).filter { !$0.isEmpty && !result.spoken.map(\.text).contains($0) }
        for words in recognized { #expect(!lines.contains { $0.text == words }) }
    }

    @Test("without a judge every criterion is not judged, with the reason, and the call's verdict is its own")
    func noJudge() throws {
        let judge = try CallJudge(nil, cassette: .off)
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent, overrides: [("stt.engine", "scripted")]))
        var scenario = try Bundled.scenario("opening-hours")
        scenario.expect.judge = ["The agent gave the opening hours", "The agent was polite"]
        let folder = NSTemporaryDirectory() + "callharness-judge-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try OutputSet(folder + "/out")
        var options = RunOptions(paths: [])
        options.keepAudio = .failing
        let call = PlannedCall(scenario: scenario, agent: 0, cell: nil, name: scenario.id, folder: "calls/\(scenario.id)")
        try output.createCallsFolder()
        let report = try CallBatch.runCall(call, agent: agent, judge: judge, options: options, output: output)
        #expect(report.judgements == scenario.expect.judge.map { JudgementReport(criterion: $0, verdict: .notJudged, reason: CallJudge.noJudge) })
        #expect(report.passed, "\(report.failures)")
        #expect(!report.failures.contains { $0.hasPrefix("judge") })
        #expect(RunSummarizer.summarize([report], wallSeconds: 0, seed: 1).judgements == JudgementSummary(criteria: 2, passed: 0, failed: 0, notJudged: 2))

        // A scenario with no criteria gets no judgements key at all.
        var plain = call
        plain.scenario.expect.judge = []
        let unjudged = try CallBatch.runCall(plain, agent: agent, judge: judge, options: options, output: output)
        #expect(unjudged.judgements == nil)
        #expect(RunSummarizer.summarize([unjudged], wallSeconds: 0, seed: 1).judgements == nil)
    }
}
