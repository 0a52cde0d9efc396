import CallScenario
import Foundation
import MediaSockets
import MediaStreams
import Receptionist
import ReportModel
import TestSupport
import Testing
@testable import CallHarness
@testable import MediaStreamCalls

/// `run` as a load test against agents on loopback: calls in flight at once, level by
/// level, each scored like any call and summed up per level. Real time on a shared
/// machine: nothing here asserts a duration the machine decides, only what the agents
/// were built to do (a delay that grows with the calls open, audio sent slower than real
/// time, a limit on connections) and the shape of the report.
@Suite("run --concurrency/--ramp against agents on loopback", .serialized)
struct LoadRunTests {
    /// A folder with one scenario calling the external agent at `url`: the caller says two
    /// things, each after the agent has spoken.
    static func folder(url: String) -> TempFolder {
        let folder = TempFolder()
        folder.write("agents/toned.yaml", "name: toned\nexternal:\n  url: \(url)\n  connectTimeoutMs: 2000\n")
        folder.write("scenarios/two-turns.yaml", """
            id: two-turns
            agent: ../agents/toned.yaml
            caller: { voice: flite/kal, helloAfterMs: 3000, hangupAfterMs: 60000 }
            maxDurationMs: 14000
            turns:
              - say: "I would like to book an appointment."
              - say: "Next Monday please."
            """)
        return folder
    }

    /// Runs the folder's scenarios as the load test `flags` describe.
    static func run(_ folder: TempFolder, _ flags: LoadFlags, paths: [String]? = nil, agent: String? = nil,
                    listening: CallerListening? = nil) throws -> RunReport {
        var options = RunOptions(paths: paths ?? [folder.path("scenarios")], agentPath: agent, outputDirectory: folder.path("out"), seed: 42)
        options.agents = ExternalAgent.maker
        options.load = try #require(try LoadPlan.parse(flags, seed: 42))
        if let listening { options.listening = listening }
        return try ScenarioRun.execute(options, version: "test").report
    }

    @Test("ramp 1→4 against the served receptionist: one load step per level, with every key of the section")
    func rampAgainstServe() throws {
        HospitalDomain.register()
        let repository = ServeTests.repository.path
        let server = try AgentServer.start(try PreparedAgent(try ScenarioLoader.loadAgent(repository + "/Scenarios/agents/receptionist.yaml")))
        defer { server.stop() }
        let folder = TempFolder()
        let agent = folder.write("agents/served.yaml", """
            name: served
            external:
              url: ws://127.0.0.1:\(server.port)/media
              escalation: { closedAfterMark: transfer }
            """)
        let phrases = repository + "/Scenarios/agents/receptionist-phrases.txt"
        let report = try Self.run(folder, LoadFlags(ramp: "1:1,4:4"), paths: [repository + "/Scenarios/ask-for-human.yaml"], agent: agent,
                                  listening: .recognition(try .phrases(file: phrases)))
        let load = try #require(report.load)
        #expect(load.steps.map(\.concurrency) == [1, 4])
        #expect(load.steps.map(\.calls) == [1, 4])
        #expect(load.clock == "monotonic" && report.agent.clock == "monotonic")
        #expect(report.calls.count == 5)
        #expect(Set(report.calls.map(\.scenario)).count == 5, "every call of a load test has its own name")
        for step in load.steps {
            #expect(step.connected == step.calls, "a served call failed to connect: \(step.failures)")
            #expect(step.ttfaMs.count >= step.calls, "a call heard no reply")
            #expect(step.ttfaMs.p95 != nil && step.setupMs.p50 != nil && step.harnessJitterP99Ms != nil)
            #expect(step.failures.total == 0)
        }
        #expect(load.harness?.levels.map(\.calls) == [1, 4] || load.harness?.levels.first?.calls == 1)
        // The section round-trips through report.json.
        let written = try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: URL(fileURLWithPath: folder.path("out/report.json"))))
        #expect(written.load == load)
        #expect(report.scenarios?.first?.runs == 5, "the verdict holds over every call of the scenario")
    }

    @Test("an agent that slows with every other call open: TTFA P95 rises with the level")
    func delayGrowsWithLoad() throws {
        let agent = try ToneAgent(delayMs: 100, perCallMs: 900).start()
        defer { agent.stop() }
        let folder = Self.folder(url: "ws://127.0.0.1:\(agent.port)/")
        let report = try Self.run(folder, LoadFlags(ramp: "1:1,3:3"))
        let load = try #require(report.load)
        let alone = try #require(load.steps[0].ttfaMs.p95)
        let three = try #require(load.steps[1].ttfaMs.p95)
        // With two other calls open each reply waits 1.8 s more; the machine's own noise is far less.
        #expect(three > alone + 900, "P95 alone \(alone) ms, with three calls \(three) ms")
        #expect(load.steps[1].failures.total == 0)
    }

    @Test("audio sent slower than real time is heard as underruns; sent at once, none", arguments: [0.8, nil] as [Double?])
    func slowAudioUnderruns(pace: Double?) throws {
        let agent = try ToneAgent(greetingMs: 2000, replyMs: 2000, pace: pace).start()
        defer { agent.stop() }
        let folder = Self.folder(url: "ws://127.0.0.1:\(agent.port)/")
        let report = try Self.run(folder, LoadFlags(concurrency: "1", calls: "1"))
        let underruns = try #require(report.load?.steps.first?.underruns)
        if pace != nil {
            // 4 s of audio at 0.8×: a 20 ms frame goes dry about every 100 ms.
            #expect(underruns.count >= 10, "\(underruns)")
            #expect((underruns.msPerCall ?? 0) >= 200, "\(underruns)")
            #expect(report.calls.first?.outside?.underruns == underruns.count)
        } else {
            #expect(underruns.count == 0, "\(underruns)")
        }
    }

    @Test("an agent that refuses calls past two: the others count as setup failures, the run goes on")
    func refusesPastCapacity() throws {
        let agent = try ToneAgent(maxCalls: 2).start()
        defer { agent.stop() }
        let folder = Self.folder(url: "ws://127.0.0.1:\(agent.port)/")
        let report = try Self.run(folder, LoadFlags(concurrency: "4", calls: "4"))
        let step = try #require(report.load?.steps.first)
        #expect(step.calls == 4)
        #expect(step.failures.refused == 2, "\(step.failures)")
        #expect(step.connected == 2)
        #expect(step.setupMs.count == 2, "a refused call has no setup time")
        let refused = report.calls.filter { $0.outside?.unreachable == "refused" }
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { $0.failures.first?.contains("HTTP 503") == true }, "\(refused.map(\.failures))")
    }

    @Test("an in-process agent cannot be load tested: the error names its file")
    func inProcessAgentRefused() throws {
        let folder = TempFolder()
        let repository = ServeTests.repository.path
        var options = RunOptions(paths: [repository + "/Scenarios/ask-for-human.yaml"], outputDirectory: folder.path("out"), seed: 42)
        options.agents = ExternalAgent.maker
        options.load = try LoadPlan.parse(LoadFlags(concurrency: "2"), seed: 42)
        #expect {
            try ScenarioRun.execute(options, version: "test")
        } throws: { error in
            "\(error)".contains("receptionist.yaml") && "\(error)".contains("runs elsewhere")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/report.json")))
    }
}
