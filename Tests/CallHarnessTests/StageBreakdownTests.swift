import CallScenario
import Testing
import VoicePipeline
@testable import CallHarness

@Suite("TTFA and its stages under a fixed profile", .serialized)
struct StageBreakdownTests {
    /// With every provider latency fixed, each stage of every reply has a value that
    /// follows from the profile alone, and the stages add up to the measured TTFA.
    @Test("stages equal the profile's latencies and add up to the TTFA exactly", arguments: ["book-patel", "reschedule"])
    func analytic(id: String) throws {
        let agent = try Bundled.fixedAgent()
        let scenario = try Bundled.scenario(id)
        let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 7).run()
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        let measured = report.turns.filter { $0.ttfaMs != nil }
        #expect(measured.count >= 4, "replies measured: \(measured.count)")
        for turn in measured {
            let stages = try #require(turn.stagesMs)
            let ttfa = turn.ttfaMs!
            #expect(abs(stages.total - ttfa) < 1e-6, "stages \(stages.total) vs TTFA \(ttfa)")
            // Transport in: 100 ms one way + 20 ms packetization + 60 ms jitter buffer.
            #expect(stages.transportIn == 180)
            // STT final 800 ms after the end of speech; the endpointer decides 500 ms after it.
            #expect(stages.stt == 300)
            // One model call (400 ms) before the first token, or two around a tool call.
            #expect(stages.brain == 400 || stages.brain == 800, "brain \(stages.brain)")
            #expect(stages.tools == (stages.brain == 800 ? 150 : 0))
            #expect(stages.ttsFirstByte == 200)
            // The first sentence's tokens at 50 per second.
            let reply = try #require(result.replies.first { $0.text == turn.agent })
            let tokens = reply.sentences.first!.split(separator: " ").count
            #expect(stages.sentence == Double(tokens) * 20, "sentence \(stages.sentence) for \(tokens) tokens")
            // Playout waits for the next 20 ms frame, then 180 ms back to the caller.
            #expect(stages.playoutAndTransportOut >= 180 && stages.playoutAndTransportOut <= 200)
        }
    }
}
