import Foundation
import MediaSockets
import ReportModel
import TestSupport
import Testing
@testable import CallHarness
@testable import MediaStreamCalls

/// Calls over loopback to agents the tests start themselves, in real time. Every wait is
/// bounded: the calls have short limits and the connect timeout is short.
@Suite("Calls to an agent over a media stream", .serialized)
struct ExternalCallTests {
    /// A folder with a scenario per agent file in `agents` (name → external block), each
    /// scenario a short call of one `turn` (the caller says hello after 1.5 s of silence),
    /// ending after `limitMs`, with `expect` (YAML under `expect:`), if given.
    static func folder(_ agents: [String: String], limitMs: Int = 6000, turn: String = "say: \"I would like to book an appointment.\"",
                       expect: String? = nil) -> TempFolder {
        let folder = TempFolder()
        for (name, external) in agents {
            folder.write("agents/\(name).yaml", "name: \(name)\nexternal:\n\(external)")
            folder.write("scenarios/\(name).yaml", """
                id: \(name)
                agent: ../agents/\(name).yaml
                caller: { voice: flite/kal, helloAfterMs: 1500, hangupAfterMs: 60000 }
                maxDurationMs: \(limitMs)
                turns:
                  - \(turn)
                """ + (expect.map { "\nexpect:\n" + $0 } ?? ""))
        }
        return folder
    }

    static func run(_ folder: TempFolder) throws -> RunReport {
        var options = RunOptions(paths: [folder.path("scenarios")], outputDirectory: folder.path("out"), seed: 7)
        options.agents = ExternalAgent.maker
        return try ScenarioRun.execute(options, version: "test").report
    }

    @Test("an agent that refuses, one that never answers the handshake, one that sends garbage and one that drops the line: each call fails with its reason, and the run goes on")
    func hostileAgents() throws {
        let refused = try MediaSocketServer.start(MediaSocketServer.Options()) { _ in { _ in } }
        let refusedPort = refused.port
        refused.stop()
        let silent = try #require(RawTCP.listen())
        defer { close(silent.fd) }
        let garbage = try HostileAgent.start(.garbage)
        defer { garbage.stop() }
        let dropper = try HostileAgent.start(.closesMidCall(afterMedia: 25))
        defer { dropper.stop() }
        let folder = Self.folder([
            "refused": "  url: ws://127.0.0.1:\(refusedPort)/\n  connectTimeoutMs: 1000\n",
            "silent": "  url: ws://127.0.0.1:\(silent.port)/\n  connectTimeoutMs: 500\n",
            "garbage": "  url: ws://127.0.0.1:\(garbage.port)/\n",
            "dropper": "  url: ws://127.0.0.1:\(dropper.port)/\n",
        ], limitMs: 5000)
        let report = try Self.run(folder)
        #expect(report.calls.count == 4)
        #expect(report.agent.clock == "monotonic" && !report.agent.reproducible)
        func call(_ id: String) -> CallReport? { report.calls.first { $0.scenario == id } }
        #expect(report.calls.allSatisfy { !$0.passed && !$0.completed })
        #expect(call("refused")?.failures.first?.contains("cannot reach the agent: ws://127.0.0.1:\(refusedPort)/: cannot connect") == true)
        #expect(call("refused")?.endedBy == "line")
        #expect(call("silent")?.failures.first?.contains("no WebSocket handshake within 500 ms") == true)
        let garbled = call("garbage")?.failures ?? []
        #expect(garbled.contains { $0.hasPrefix("protocol error (bad-json)") }, "\(garbled)")
        #expect(garbled.contains { $0.hasPrefix("protocol error (unknown-event)") && $0.contains("\"dance\"") }, "\(garbled)")
        let dropped = call("dropper")
        #expect(dropped?.endedBy == "line")
        #expect(dropped?.failures.contains { $0.contains("the line dropped mid-call: the agent closed the socket with code 1011") } == true,
                "\(dropped?.failures ?? [])")
        #expect(dropped?.outside?.protocol == "twilio")
        #expect(dropped?.outside?.notObservable.contains("toolCalls") == true)
    }

    @Test("the barge-in stop time includes the agent's reaction: a slow clear shows", arguments: [0, 800])
    func slowClear(reactionMs: Int) throws {
        let agent = try HostileAgent.start(.talksThenClears(seconds: 12, reactionMs: reactionMs))
        defer { agent.stop() }
        // The caller hears the agent start (recognizing its audio) and speaks over it a second later.
        let report = try Self.run(Self.folder(["talker": "  url: ws://127.0.0.1:\(agent.port)/\n"], limitMs: 6000,
                                              turn: "{ say: \"Sorry, I need to change that.\", bargeIn: { afterAgentStartMs: 1000 } }"))
        let call = try #require(report.calls.first)
        let bargeIn = try #require(call.bargeIns.first, "the caller never spoke over the agent")
        #expect(bargeIn.agentStopped)
        #expect(call.outside?.clears == 1)
        let stop = try #require(bargeIn.stopMs)
        // The agent's reaction is a lower bound of the stop time, whatever the machine's load.
        #expect(stop >= Double(reactionMs))
        // Once cleared, the rest of the 12 s the agent queued is never heard.
        #expect(stop < 5000)
    }
}
