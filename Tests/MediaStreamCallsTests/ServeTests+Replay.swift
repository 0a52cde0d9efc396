import CallScenario
import Foundation
import ReportModel
import TestSupport
import Testing
@testable import CallHarness
@testable import MediaStreamCalls

/// `replay --agent external.yaml`: a recorded call played, with its own timing, into an
/// agent behind a media-stream socket — here the bundled receptionist served on loopback.
/// The call runs in real time (as long as the recording, plus at most the replayed
/// caller's 10 s tail); nothing here asserts a duration. It is part of the serialized serve
/// suite: one more real-time call in line there, not one more running beside the others.
extension ServeTests {
    @Test("a recorded in-process call replayed into the served receptionist: it connects, the agent is heard, the turns are found, on the monotonic clock")
    func replayIntoServedAgent() throws {
        let repository = ServeTests.repository.path
        let server = try ServeTests.serveReceptionist()
        defer { server.stop() }
        let folder = TempFolder()
        // The recording: the bundled opening-hours call, run in process.
        var run = RunOptions(paths: [repository + "/Scenarios/opening-hours.yaml"], outputDirectory: folder.path("recorded"), seed: 42)
        run.agents = ExternalAgent.maker
        let recorded = try #require(try ScenarioRun.execute(run, version: "test").report.calls.first)
        #expect(recorded.passed, "the recorded call itself fails: \(recorded.failures)")
        let wav = folder.path("recorded/" + (recorded.artifacts["audio"] ?? ""))

        var options = ReplayOptions(audioPath: wav, agentPath: ServeTests.servedAgentFile(folder, server: server), outputDirectory: folder.path("replay"))
        options.agents = ExternalAgent.maker
        options.listening = .recognition(try .phrases(file: ServeTests.phrases))
        let report = try CallReplay.execute(options, version: "test").report
        let call = try #require(report.calls.first)
        let replay = try #require(report.replay)

        #expect(report.agent.clock == "monotonic" && !report.agent.reproducible)
        #expect(call.outside?.connectMs != nil, "the call never connected: \(call.failures)")
        #expect(!call.failures.contains { $0.contains("cannot reach") || $0.contains("line dropped") || $0.hasPrefix("protocol error") }, "\(call.failures)")
        #expect(call.timeline.contains { $0.lane == "agent" }, "no agent audio reached the replayed caller")
        // The caller's two turns, found on its channel, each answered by the served agent.
        #expect(replay.channels == 2 && replay.turnSource == "vad")
        #expect(replay.turns.count == 3, "\(replay.turns.map(\.index))")
        #expect(replay.turns.allSatisfy { $0.original != nil && $0.new != nil }, "\(replay.turns.map { ($0.original?.text, $0.new?.text) })")
        // Without captions, the new agent's words are those its audio was recognized as.
        #expect(replay.turns.contains { !($0.new?.text ?? "").isEmpty })
        #expect(call.ttfaMs.count >= 1)
    }
}
