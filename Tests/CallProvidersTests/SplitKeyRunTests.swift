import TestSupport
import AgentTools
import Foundation
import Testing
@testable import CallProviders

@Suite("an API key a model streams in pieces reaches no artifact")
struct SplitKeyRunTests {
    /// The caller asks for a person; the scenario also expects words the agent never says,
    /// so the failure quotes what it did say in the report, JUnit, summary, history and
    /// on stdout.
    static let scenario = """
        id: split-key
        description: The caller wants a person; the model reads a key back.
        caller:
          voice: flite/rms
        turns:
          - say: "Can I speak to a real person, please?"
        expect:
          escalated: true
          toolCalls: [transfer_to_human]
          says: ["words this agent never says"]
        """

    /// A recorded run of the LLM receptionist against a model that streams the key back
    /// cut at every position (in its tool call's arguments; in what it says, cut at the
    /// first, a middle and the last of those ways; and once JSON-escaped in each), then the
    /// replay of its cassette without the key. Every file of both runs, the history
    /// database, the cassette and everything printed is searched for the key in every form
    /// a reader could turn back into it.
    @Test("a recorded run and its offline replay leave the key in no file, history row or output line", arguments: [2, 3])
    func recordedAndReplayed(pieces: Int) throws {
        let key = SplitKeyModel.key
        let cuts = SplitKeyModel.cuts(pieces: pieces)
        #expect(cuts.count == (pieces == 2 ? key.count - 1 : (key.count - 1) * (key.count - 2) / 2))
        let model = SplitKeyModel(spoken: [cuts[0], cuts[cuts.count / 2], cuts[cuts.count - 1]], inArguments: cuts)
        let server = try LoopbackServer(model.handler)
        let folder = TempFolder()
        try Self.scenario.write(toFile: folder.path("split-key.yaml"), atomically: true, encoding: .utf8)
        let common = ["run", folder.path("split-key.yaml"), "--agent", CommandLineCassetteTests.agent, "--set", "brain.llm.baseURL=\(server.baseURL)",
                      "--seed", "7", "--jobs", "1", "--db", folder.path("history.db")]

        let recorded = try Binary.run(common + ["--out", folder.path("recorded"), "--record", folder.path("cassette")],
                                      environment: ["OPENAI_API_KEY": key])
        server.stop()
        #expect(recorded.status == 1, "\(recorded.stderr)")
        #expect(server.requests.contains { $0.headers["authorization"] == "Bearer \(key)" })
        // The model's words and tool call were used, with the key masked.
        let report = try String(contentsOfFile: folder.path("recorded/report.json"), encoding: .utf8)
        #expect(report.contains("your reference is"))
        #expect(report.contains("transfer_to_human"))
        #expect(report.contains(Redactor.mask))
        #expect(report.contains("the agent never said"))

        let replayed = try Binary.run(common + ["--out", folder.path("replayed"), "--replay", folder.path("cassette")],
                                      environment: ["OPENAI_API_KEY": nil])
        #expect(replayed.status == 1, "\(replayed.stderr)")
        if replayed.status == 1 {
            #expect(try CommandLineCassetteTests.comparable(folder.path("replayed/report.json"))
                    == CommandLineCassetteTests.comparable(folder.path("recorded/report.json")))
        }

        let files = folder.files()
        for expected in ["recorded/report.json", "recorded/report.html", "recorded/junit.xml", "recorded/calls/split-key/trace.jsonl",
                         "recorded/summary.md",
                         "replayed/report.json", "history.db"] {
            #expect(files.contains(folder.path(expected)), "no \(expected) among \(files)")
        }
        #expect(files.filter { $0.contains("/cassette/") }.count >= 3)
        var leaks: [String] = []
        for file in files {
            leaks += KeyScan.leaks(of: key, in: try Data(contentsOf: URL(fileURLWithPath: file))).map { "\(file): \($0)" }
        }
        for (name, output) in [("recording's stdout", recorded.stdout), ("recording's stderr", recorded.stderr),
                               ("replay's stdout", replayed.stdout), ("replay's stderr", replayed.stderr)] {
            leaks += KeyScan.leaks(of: key, in: Data(output.utf8)).map { "\(name): \($0)" }
        }
        #expect(leaks.isEmpty, "the key leaked:\n\(leaks.joined(separator: "\n"))")
    }
}
