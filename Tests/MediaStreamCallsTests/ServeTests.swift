import CallScenario
import Foundation
import MediaStreams
import Receptionist
import ReportModel
import TestSupport
import Testing
@testable import CallHarness
@testable import MediaStreamCalls

/// The bundled receptionist served over Twilio Media Streams on loopback and called from
/// outside. The timing of a served agent on a loaded machine varies: nothing here asserts
/// a duration, only what was said on the wire.
@Suite("callharness serve: the in-process agent as a Twilio Media Streams server", .serialized)
struct ServeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("a call to the served receptionist: its greeting reaches the caller, its marks come back, the caller's stop ends the call")
    func servedCall() throws {
        HospitalDomain.register()
        let config = try ScenarioLoader.loadAgent(Self.repository.appendingPathComponent("Scenarios/agents/receptionist.yaml").path)
        let server = try AgentServer.start(try PreparedAgent(config))
        defer { server.stop() }
        let folder = ExternalCallTests.folder(["served": "  url: ws://127.0.0.1:\(server.port)/media\n  escalation: { closedAfterMark: transfer }\n"],
                                              limitMs: 9000)
        let report = try ExternalCallTests.run(folder)
        let call = try #require(report.calls.first)
        #expect(!call.failures.contains { $0.hasPrefix("protocol error") || $0.contains("line dropped") }, "\(call.failures)")
        #expect(call.timeline.contains { $0.lane == "agent" }, "the greeting never reached the caller")
        #expect((call.outside?.marksEchoed ?? 0) >= 1, "the served agent marked no reply's end")
        #expect(call.endedBy != "line")
        // The carrier's stop (the call's limit) ends the served call too.
        let deadline = Date().addingTimeInterval(20)
        while server.callsFinished < 1 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(server.callsFinished == 1)
    }
}

/// End to end over loopback: a bundled scenario run against the served receptionist
/// reaches the ending and escalation its simulated run reaches, the caller hearing the
/// agent only by recognizing its audio.
@Suite("serve + run: the same outcome as the simulated call", .serialized)
struct ServeEndToEndTests {
    /// Runs `scenarioName` at seed 42 in simulated time and against the served receptionist,
    /// the caller listening as `listening` says: the simulated call's report and the served one's.
    func bothWays(_ scenarioName: String, listening: CallerListening? = nil, dialect: String = "twilio") throws -> (simulated: CallReport, served: CallReport) {
        HospitalDomain.register()
        let repository = ServeTests.repository.path
        let config = try ScenarioLoader.loadAgent(repository + "/Scenarios/agents/receptionist.yaml")
        let scenario = repository + "/Scenarios/\(scenarioName).yaml"
        let simulated = try CallRunner(scenario: try ScenarioLoader.loadScenario(scenario), agent: try PreparedAgent(config), runSeed: 42).run()
        let simulatedReport = CallScorer(scenario: try ScenarioLoader.loadScenario(scenario), result: simulated, minInterruptionMs: 500).score(artifacts: [:])
        let server = try AgentServer.start(try PreparedAgent(config), dialect: try #require(MediaStreamDialects.named(dialect)))
        defer { server.stop() }
        let folder = TempFolder()
        let agent = folder.write("agents/served.yaml", """
            name: served
            external:
              protocol: \(dialect)
              url: ws://127.0.0.1:\(server.port)/media
              escalation: { closedAfterMark: transfer }
              today: "2025-06-02"
            """)
        var options = RunOptions(paths: [scenario], agentPath: agent, outputDirectory: folder.path("out"), seed: 42)
        options.agents = ExternalAgent.maker
        if let listening { options.listening = listening }
        let served = try #require(try ScenarioRun.execute(options, version: "test").report.calls.first)
        return (simulatedReport, served)
    }

    @Test("ask-for-human: the served agent transfers (the transfer mark, then the close), as in simulation")
    func escalation() throws {
        let (simulatedReport, call) = try bothWays("ask-for-human")
        #expect(simulatedReport.escalated && simulatedReport.endedBy == "transfer")
        #expect(call.escalated == simulatedReport.escalated, "\(call.failures)")
        #expect(call.endedBy == simulatedReport.endedBy, "\(call.failures)")
        #expect(call.passed == simulatedReport.passed, "\(call.failures)")
        #expect(call.ttfaMs.count >= 1)
    }

    @Test("booking, keypad and barge-in: the served agent's calls end as their simulated runs do, the caller hearing it through the phrase-file model",
          arguments: ["book-patel", "cancel-keypad", "barge-in-readback"])
    func sameOutcome(scenarioName: String) throws {
        let phrases = ServeTests.repository.path + "/Scenarios/agents/receptionist-phrases.txt"
        let (simulatedReport, call) = try bothWays(scenarioName, listening: .recognition(try .phrases(file: phrases)))
        #expect(simulatedReport.passed, "the simulated call itself fails: \(simulatedReport.failures)")
        #expect(call.passed == simulatedReport.passed, "\(call.failures)")
        #expect(call.completed == simulatedReport.completed, "\(call.failures)")
        #expect(call.escalated == simulatedReport.escalated, "\(call.failures)")
        #expect(call.endedBy == simulatedReport.endedBy, "\(call.failures)")
    }
}
