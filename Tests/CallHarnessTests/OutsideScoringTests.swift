import AgentInterface
import CallAudio
import CallImpairment
import Foundation
import SimTime
import Testing
@testable import CallHarness

/// Scoring a call to an agent observed only from outside, on a call made by hand: the
/// caller's turns, what its ear heard, and what crossed the socket.
@Suite("Scoring from outside")
struct OutsideScoringTests {
    static let rate = 8000

    static func ms(_ value: Int) -> SimInstant { .zero + .milliseconds(value) }

    static func turn(_ text: String, _ start: Int, _ end: Int, bargeIn: Bool = false) -> SpokenTurn {
        SpokenTurn(index: 0, kind: .say, text: text, start: ms(start), end: ms(end), segments: [.init(start: ms(start), end: ms(end))],
                   bargeIn: bargeIn, answered: nil, sourceLine: nil)
    }

    /// An ear with a tone over each of `spans` (ms) in a call of `length` ms.
    static func ear(_ spans: [(Int, Int)], length: Int) -> [Float] {
        var samples = [Float](repeating: 0, count: length * rate / 1000)
        for (start, end) in spans {
            for i in (start * rate / 1000)..<(end * rate / 1000) { samples[i] = 0.3 * Float(sin(Double(i) * 0.5)) }
        }
        return samples
    }

    static func result(spoken: [SpokenTurn], ear: [Float], outside: OutsideView) -> CallResult {
        // Every caller frame reaches the socket 100 ms later.
        var arrivals: [Int64: Int64] = [:]
        for frame in stride(from: Int64(0), to: Int64(ear.count) * 1_000_000 / Int64(rate), by: 20_000) { arrivals[frame] = frame + 100_000 }
        let mic = AudioBuffer(samples: [Float](repeating: 0, count: ear.count), sampleRate: rate)
        var result = CallResult(scenarioID: "t", seed: 1, spoken: spoken, heard: [:], utterances: [], replies: [], ended: nil, callerHungUpAt: nil,
                                timedOut: false, duration: .milliseconds(ear.count * 1000 / rate), trace: [], toolCalls: [], handoffTool: nil,
                                callerToAgent: LineStats(), agentToCaller: LineStats(), concealedAtAgent: [], concealedAtCaller: [],
                                arrivals: arrivals, recording: .interleaving([mic, AudioBuffer(samples: ear, sampleRate: rate)]))
        result.clock = .monotonic
        result.outside = outside
        return result
    }

    @Test("TTFA at the ear, the stages the line shows adding up to it, a barge-in with its clear, unobservable checks not guessed")
    func scored() throws {
        let scenario = try Bundled.scenario("barge-in-readback")
        let spoken = [Self.turn("I'd like to book.", 500, 1500), Self.turn("No, Friday.", 4000, 4800, bargeIn: true)]
        // Reply 1 heard 2000–3000 (its audio arrived at 1900); reply 2 heard 3500, cut at 4450 by a clear at 4300.
        let outside = OutsideView(audioStarts: [Self.ms(1900), Self.ms(3400)], clears: [Self.ms(4300)], protocolName: "twilio", address: "ws://127.0.0.1:1/")
        let result = Self.result(spoken: spoken, ear: Self.ear([(2000, 3000), (3500, 4450)], length: 7000), outside: outside)
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        let first = try #require(report.turns.first)
        #expect(first.ttfaMs == 500)
        let stages = try #require(first.observedStagesMs)
        #expect(stages.transportIn == 100 && stages.agent == 300 && stages.playoutAndTransportOut == 100)
        #expect(first.stagesMs == nil && first.eotMs == nil)
        #expect(report.turns[1].ttfaMs == nil)
        let bargeIn = try #require(report.bargeIns.first)
        #expect(bargeIn.stopMs == 450 && bargeIn.agentStopped)
        #expect(report.outside?.clears == 1)
        #expect(report.outside?.notObservable.contains("toolCalls") == true)
        // The scenario expects a schedule_appointment call: from outside it is not checked, never failed.
        #expect(!report.failures.contains { $0.contains("schedule_appointment") })
        #expect(report.toolCalls.isEmpty && report.entities.isEmpty)
    }

    @Test("a line failure fails the call and its completion")
    func lineFailure() throws {
        let scenario = try Bundled.scenario("book-patel")
        let outside = OutsideView(failures: ["cannot reach the agent: ws://127.0.0.1:1/: cannot connect"], protocolName: "twilio", address: "ws://127.0.0.1:1/")
        var result = Self.result(spoken: [], ear: Self.ear([], length: 1000), outside: outside)
        result.ended = .lineDropped(why: "cannot connect")
        let report = CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        #expect(!report.passed && !report.completed && report.endedBy == "line")
        #expect(report.failures.first == "cannot reach the agent: ws://127.0.0.1:1/: cannot connect")
    }

    @Test("phrases said at the ear are the escalation when the agent's signal is words")
    func escalationByWords() throws {
        let scenario = try Bundled.scenario("ask-for-human")
        let outside = OutsideView(escalationPhrases: ["transfer you"], protocolName: "twilio", address: "ws://127.0.0.1:1/")
        var result = Self.result(spoken: [], ear: Self.ear([(100, 900)], length: 1000), outside: outside)
        #expect(!CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).escalationHappened)
        result.heardText = [0: "one moment, let me transfer you to a colleague"]
        #expect(CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).escalationHappened)
    }
}
