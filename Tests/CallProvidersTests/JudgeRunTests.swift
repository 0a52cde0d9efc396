import AgentTools
import Foundation
import Testing
import TestSupport
@testable import CallProviders

/// `callharness run --judge` against a judge model the test serves on loopback.
@Suite("judge criteria in a run of the callharness binary", .serialized)
struct JudgeRunTests {
    static let hours = "The agent told the caller the opening hours"
    static let booking = "The agent offered to book an appointment"

    /// opening-hours with criteria for the judge.
    static func scenario(criteria: [String]) throws -> String {
        let text = try String(contentsOfFile: Binary.repository + "/Scenarios/opening-hours.yaml", encoding: .utf8)
            .replacingOccurrences(of: "agent: agents/receptionist.yaml", with: "agent: \(Binary.repository)/Scenarios/agents/receptionist.yaml")
        return text + "  judge:\n" + criteria.map { "    - \"\($0)\"\n" }.joined()
    }

    static func judgeFile(_ baseURL: String) -> String {
        "judge:\n  baseURL: \(baseURL)\n  model: judge-model\n  apiKeyEnv: JUDGE_TEST_KEY\n  temperature: 0\n"
    }

    /// The judge: the hours were told when the transcript has them; no booking was
    /// offered, and that reason quotes the key it was sent, cut in three deltas and once
    /// JSON-escaped.
    static func model(_ request: LoopbackServer.Request, _ number: Int) -> LoopbackServer.Response {
        let user = request.json?["messages"]?.array?.last?["content"]?.string ?? ""
        if user.hasPrefix("Criterion: \(hours)") {
            let verdict = user.contains("Agent: We are open Monday to Friday") ? "pass" : "fail"
            return .stream([SSE.textAnswer(#"{"verdict": "\#(verdict)", "reason": "It gave the days and the times."}"#)])
        }
        let key = String((request.headers["authorization"] ?? "").dropFirst("Bearer ".count))
        let third = key.count / 3
        let pieces = [String(key.prefix(third)), String(key.dropFirst(third).prefix(third)), String(key.dropFirst(2 * third))]
        var stream = SplitKeyModel.event(SSE.text(#"{"verdict": "fail", "reason": "It only answered the question ("#))
        stream += pieces.map { SplitKeyModel.event(SSE.text($0)) }.joined()
        stream += SplitKeyModel.rawText(", \\\\u0073" + key.dropFirst()) + SplitKeyModel.event(SSE.text(#")."}"#)) + SplitKeyModel.done("stop")
        return .stream(SSE.split(Data(stream.utf8), sizes: [17, 3, 64]))
    }

    @Test("verdicts in report.json, the HTML, JUnit and the summary; replayed offline identically; without a judge, not judged; the key in no file")
    func recordReplay() throws {
        let key = "sk-judge-" + UUID().uuidString
        let folder = TempFolder()
        let server = try LoopbackServer(Self.model)
        let scenario = folder.path("opening-hours.yaml"), judge = folder.path("judge.yaml")
        try Self.scenario(criteria: [Self.hours, Self.booking]).write(toFile: scenario, atomically: true, encoding: .utf8)
        try Self.judgeFile(server.baseURL).write(toFile: judge, atomically: true, encoding: .utf8)
        let common = ["run", scenario, "--set", "stt.engine=scripted", "--seed", "7", "--jobs", "1", "--no-history"]
        var outputs: [(String, String)] = []

        let recorded = try Binary.run(common + ["--judge", judge, "--out", folder.path("recorded"), "--record", folder.path("cassette")],
                                      environment: ["JUDGE_TEST_KEY": key])
        outputs.append(("recording", recorded.stdout + recorded.stderr))
        server.stop()
        #expect(recorded.status == 1, "a failing criterion fails the call: \(recorded.stderr)")
        #expect(server.requests.count == 2, "one request per criterion")
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == "Bearer \(key)" })

        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("recorded/report.json"), encoding: .utf8))
        let call = try #require(report["calls"]?[0])
        let judgements = try #require(call["judgements"]?.array)
        #expect(judgements.map { $0["criterion"]?.string } == [Self.hours, Self.booking])
        #expect(judgements.map { $0["verdict"]?.string } == ["pass", "fail"])
        #expect(judgements[0]["reason"] == "It gave the days and the times.")
        let failReason = try #require(judgements[1]["reason"]?.string)
        #expect(failReason == "It only answered the question ([REDACTED], [REDACTED]).", "\(failReason)")
        #expect(call["passed"] == false && call["completed"] == true)
        #expect(call["failures"]?.array == [.string("judge: \"\(Self.booking)\" does not hold: \(failReason)")])
        #expect(report["summary"]?["judgements"] == ["criteria": 2, "passed": 1, "failed": 1, "notJudged": 0])
        #expect(report["judge"] == ["file": .string(judge), "model": "judge-model"])
        #expect(recorded.stdout.contains("judge judge-model: 2 criteria, 1 passed, 1 failed, 0 not judged"))

        let junit = try String(contentsOfFile: folder.path("recorded/junit.xml"), encoding: .utf8)
        #expect(junit.contains("<system-out>judge pass: \(Self.hours) — It gave the days and the times.\njudge fail: \(Self.booking)"))
        #expect(junit.contains(#"<failure message="judge: &quot;\#(Self.booking)&quot; does not hold"#))
        #expect(junit.contains(#"<property name="judgeFailed" value="1"/>"#))
        let html = try String(contentsOfFile: folder.path("recorded/report.html"), encoding: .utf8)
        #expect(html.contains("<h4>Judge</h4>") && html.contains(#"<span class="badge fail">FAIL</span>"#))
        #expect(html.contains("judge criteria passed"))
        let markdown = try String(contentsOfFile: folder.path("recorded/summary.md"), encoding: .utf8)
        #expect(markdown.contains("| judge criteria | 1 / 2 passed, 1 failed, 0 not judged (`judge-model`) |"))

        // Offline, without the key or the server: the same report.
        let replayed = try Binary.run(common + ["--judge", judge, "--out", folder.path("replayed"), "--replay", folder.path("cassette")],
                                      environment: ["JUDGE_TEST_KEY": nil])
        outputs.append(("replay", replayed.stdout + replayed.stderr))
        #expect(replayed.status == 1, "\(replayed.stderr)")
        #expect(try CommandLineCassetteTests.comparable(folder.path("replayed/report.json"))
                == CommandLineCassetteTests.comparable(folder.path("recorded/report.json")))

        // No judge: the criteria are not judged, and the call passes on its deterministic checks alone.
        let unjudged = try Binary.run(common + ["--out", folder.path("unjudged")], environment: ["JUDGE_TEST_KEY": nil])
        outputs.append(("no judge", unjudged.stdout + unjudged.stderr))
        #expect(unjudged.status == 0, "\(unjudged.stdout)\(unjudged.stderr)")
        #expect(unjudged.stdout.contains("judge: none given, so 2 criteria not judged (neither passed nor failed); give a model with --judge FILE"))
        let plain = try JSONValue(parsing: String(contentsOfFile: folder.path("unjudged/report.json"), encoding: .utf8))
        #expect(plain["calls"]?[0]?["judgements"]?.array?.map { $0["verdict"]?.string } == ["notJudged", "notJudged"])
        #expect(plain["calls"]?[0]?["judgements"]?[0]?["reason"] == "no judge model: give one with --judge FILE")
        #expect(plain["calls"]?[0]?["passed"] == true)
        #expect(plain["summary"]?["judgements"]?["notJudged"] == 2)
        #expect(plain["judge"] == nil)

        // A criterion the cassette never heard stops the replay, naming it; nothing is written.
        try Self.scenario(criteria: [Self.hours, "The agent was polite"]).write(toFile: scenario, atomically: true, encoding: .utf8)
        let missing = try Binary.run(common + ["--judge", judge, "--out", folder.path("missing"), "--replay", folder.path("cassette")])
        outputs.append(("missing", missing.stdout + missing.stderr))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Criterion: The agent was polite") && missing.stderr.contains(folder.path("cassette")), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing/report.json")))

        // Live without the key: bad input naming the judge file, before any call.
        let keyless = try Binary.run(common + ["--judge", judge, "--out", folder.path("keyless")], environment: ["JUDGE_TEST_KEY": nil])
        outputs.append(("keyless", keyless.stdout + keyless.stderr))
        #expect(keyless.status == 2)
        #expect(keyless.stderr == "callharness: \(judge): judge.apiKeyEnv: the environment variable JUDGE_TEST_KEY is not set\n", "\(keyless.stderr)")

        var leaks: [String] = []
        for file in folder.files() {
            leaks += KeyScan.leaks(of: key, in: try Data(contentsOf: URL(fileURLWithPath: file))).map { "\(file): \($0)" }
        }
        for (name, output) in outputs { leaks += KeyScan.leaks(of: key, in: Data(output.utf8)).map { "\(name): \($0)" } }
        #expect(leaks.isEmpty, "the key leaked:\n\(leaks.joined(separator: "\n"))")
        #expect(folder.files().filter { $0.contains("/cassette/") }.count == 2)
    }

    @Test("a judge whose replies are no verdicts leaves the criteria not judged, with the reason, and the call passes on its own checks")
    func unreadableJudge() throws {
        let folder = TempFolder()
        let server = try LoopbackServer { request, _ in
            let user = request.json?["messages"]?.array?.last?["content"]?.string ?? ""
            return .stream([SSE.textAnswer(user.contains(Self.hours) ? "It did, I think." : #"{"reason": "no verdict here"}"#)])
        }
        let scenario = folder.path("opening-hours.yaml"), judge = folder.path("judge.yaml")
        try Self.scenario(criteria: [Self.hours, Self.booking]).write(toFile: scenario, atomically: true, encoding: .utf8)
        try Self.judgeFile(server.baseURL).write(toFile: judge, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", scenario, "--set", "stt.engine=scripted", "--seed", "7", "--jobs", "1", "--no-history",
                                     "--judge", judge, "--out", folder.path("out")], environment: ["JUDGE_TEST_KEY": "sk-unused-1234"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("out/report.json"), encoding: .utf8))
        let judgements = try #require(report["calls"]?[0]?["judgements"]?.array)
        #expect(judgements.map { $0["verdict"]?.string } == ["notJudged", "notJudged"])
        #expect(judgements[0]["reason"] == #"the judge's reply is not a JSON object: "It did, I think.""#)
        #expect(judgements[1]["reason"] == #"the judge's reply has no verdict: "{"reason": "no verdict here"}""#)
        #expect(report["calls"]?[0]?["passed"] == true)
        #expect(result.stdout.contains("judge judge-model: 2 criteria, 0 passed, 0 failed, 2 not judged"))
        #expect(result.stdout.contains("  not judged: opening-hours: \"\(Self.hours)\": the judge's reply is not a JSON object"))
    }
}
