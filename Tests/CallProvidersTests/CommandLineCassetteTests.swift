import TestSupport
import AgentTools
import Foundation
import Synchronization
import Testing

/// Runs the built `callharness` binary against the loopback model server.
enum Binary {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The `callharness` binary next to the test bundle (SwiftPM builds every product
    /// before it runs tests).
    static let path: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("callharness")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return repository + "/.build/debug/callharness"
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `callharness arguments…` in the repository with `environment` added to (or,
    /// for nil values, removed from) this process's environment.
    static func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: repository)
        var env = ProcessInfo.processInfo.environment
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = Mutex(Data())
        let reader = Thread { let data = err.fileHandleForReading.readDataToEndOfFile(); errData.withLock { $0 = data } }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }
}

@Suite("record and replay with the callharness binary")
struct CommandLineCassetteTests {
    static let agent = "Scenarios/agents/receptionist-llm.yaml"

    /// report.json without the two fields that hold wall-clock time.
    static func comparable(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            .filter { !$0.contains("\"startedAt\" :") && !$0.contains("\"wallSeconds\" :") }
            .joined(separator: "\n")
    }

    @Test("a recorded LLM call replays offline to a byte-identical report; the key is in no file; a missing call is named")
    func recordReplay() throws {
        let key = "sk-test-" + UUID().uuidString
        let folder = TempFolder()
        let firstTries = Mutex<Set<String>>([])
        // The scripted receptionist, except that each caller message first gets a 500 whose
        // body quotes the credentials back.
        let server = try LoopbackServer { request, number in
            let body = String(decoding: request.body, as: UTF8.self)
            let isCallerTurn = request.json?["messages"]?.array?.last?["role"] == "user"
            if isCallerTurn, firstTries.withLock({ $0.insert(body).inserted }) {
                return .json(["error": ["message": .string("upstream failure for \(request.headers["authorization"] ?? "no key")")]], status: 500)
            }
            return ScriptedReceptionist.handler(request, number)
        }
        let common = ["run", "Scenarios/ask-for-human.yaml", "--agent", Self.agent, "--set", "brain.llm.baseURL=\(server.baseURL)",
                      "--seed", "7", "--jobs", "1", "--no-history"]

        let recorded = try Binary.run(common + ["--out", folder.path("recorded"), "--record", folder.path("cassette")],
                                      environment: ["OPENAI_API_KEY": key])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        server.stop()
        #expect(server.requests.contains { $0.headers["authorization"] == "Bearer \(key)" })
        #expect(server.requests.count >= 4) // greeting, 500, tool call, closing words

        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("recorded/report.json"), encoding: .utf8))
        #expect(report["calls"]?[0]?["escalated"] == true)
        #expect(report["calls"]?[0]?["passed"] == true)

        // The caller's turn was charged the measured time of its two model calls, as recorded:
        // the tool call (after a 500 and the back-off, until its stream ended) and the answer
        // (until its first text, somewhere within its stream).
        let entries = try folder.files().filter { $0.contains("/cassette/") }
            .map { try JSONValue(parsing: String(contentsOfFile: $0, encoding: .utf8)) }
        func entry(lastRole role: String) -> JSONValue? { entries.first { $0["request"]?["body"]?["messages"]?.array?.last?["role"]?.string == role } }
        let toolRound = try #require(entry(lastRole: "user")?["attempts"]?.array)
        let answerRound = try #require(entry(lastRole: "tool")?["attempts"]?.array?.last)
        #expect(toolRound.map { $0["status"]?.int } == [500, 200])
        let toolDelay = Double(toolRound[1]["startUs"]!.int! + toolRound[1]["durationUs"]!.int!) / 1000
        #expect(toolDelay >= 250) // the first back-off
        let chunkTimes = (answerRound["chunks"]?.array ?? []).compactMap { $0["atUs"]?.int }.map { Double($0 + answerRound["startUs"]!.int!) / 1000 }
        let brain = try #require(report["calls"]?[0]?["turns"]?[0]?["stagesMs"]?["brain"]?.number)
        #expect(brain >= toolDelay + chunkTimes.min()! - 0.001 && brain <= toolDelay + chunkTimes.max()! + 0.001)

        // The key never reaches a file the run wrote.
        let written = folder.files()
        #expect(written.contains { $0.hasSuffix("report.json") })
        #expect(written.contains { $0.hasSuffix("trace.jsonl") })
        #expect(written.filter { $0.contains("/cassette/") }.count >= 3)
        for file in written {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: Data(key.utf8)) == nil, "the key is in \(file)")
        }

        // Offline, without the key: the same report and the same traces.
        let replayed = try Binary.run(common + ["--out", folder.path("replayed"), "--replay", folder.path("cassette")],
                                      environment: ["OPENAI_API_KEY": nil])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(try Self.comparable(folder.path("replayed/report.json")) == Self.comparable(folder.path("recorded/report.json")))
        let trace = "calls/ask-for-human/trace.jsonl"
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("replayed/" + trace)))
                == Data(contentsOf: URL(fileURLWithPath: folder.path("recorded/" + trace))))

        // A scenario whose caller says something the cassette never heard.
        let missing = try Binary.run(["run", "Scenarios/doctor-info.yaml", "--agent", Self.agent, "--set", "brain.llm.baseURL=\(server.baseURL)",
                                      "--jobs", "1", "--no-history", "--out", folder.path("missing"), "--replay", folder.path("cassette")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("POST /v1/chat/completions"))
        #expect(missing.stderr.contains("Can you tell me about Doctor Lee?"))
        #expect(missing.stderr.contains(folder.path("cassette")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing/report.json")))
    }

    @Test("--record and --replay together, or a missing cassette folder, are bad input")
    func badFlags() throws {
        let both = try Binary.run(["run", "Scenarios/ask-for-human.yaml", "--agent", Self.agent, "--record", "/tmp/a", "--replay", "/tmp/b"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("--record and --replay"))
        let absent = try Binary.run(["run", "Scenarios/ask-for-human.yaml", "--agent", Self.agent, "--replay", "/nonexistent/cassette"])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("/nonexistent/cassette"))
    }
}
