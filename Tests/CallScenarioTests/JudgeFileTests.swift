import Foundation
import Testing
import TestSupport
@testable import CallScenario

@Suite("Judge files and expect.judge")
struct JudgeFileTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/judges/openai.yaml").path

    @Test("the bundled judge file loads with the defaults it leaves out")
    func bundledJudge() throws {
        let judge = try ScenarioLoader.loadJudge(Self.bundled)
        #expect(judge == JudgeConfig(baseURL: "https://api.openai.com/v1", model: "gpt-4.1-mini", apiKeyEnv: "OPENAI_API_KEY", temperature: 0,
                                     maxTokens: 200, timeoutMs: 30000, file: Self.bundled))
        #expect(ScenarioLoader.kind(of: Self.bundled) == .judge)
    }

    @Test("a judge file is recognized by its folder or its key, and never run as a scenario")
    func kinds() throws {
        let folder = TempFolder()
        let byKey = folder.write("suite/strict.yaml", "judge:\n  baseURL: http://127.0.0.1:8000/v1\n  model: m\n")
        let byFolder = folder.write("suite/judges/x.yaml", "judge: {}\n")
        folder.write("suite/call.yaml", "id: call\nturns: []\n")
        #expect(ScenarioLoader.kind(of: byKey) == .judge)
        #expect(ScenarioLoader.kind(of: byFolder) == .judge)
        #expect(try ScenarioLoader.discover([folder.path("suite")]) == [folder.path("suite/call.yaml")])
    }

    @Test("a broken judge file is one error naming file:line: key", arguments: [
        ("judge:\n  baseURL: http://127.0.0.1:8000/v1\n", 2, "judge.model", "is required"),
        ("judge:\n  baseURL: http://127.0.0.1:8000/v1\n  model: m\n  temprature: 0\n", 4, "judge.temprature", "did you mean 'temperature'"),
        ("judge:\n  baseURL: 127.0.0.1:8000\n  model: m\n", 2, "judge.baseURL", "not an http:// or https:// URL"),
        ("judge:\n  baseURL: http://x/v1\n  model: m\n  apiKeyEnv: sk-live-123\n", 4, "judge.apiKeyEnv", "never the key itself"),
        ("judge:\n  baseURL: http://x/v1\n  model: m\n  temperature: 3\n", 4, "judge.temperature", "3"),
        ("model: m\n", 1, "model", "unknown key"),
        ("judge: gpt\n", 1, "judge", "expected a mapping"),
    ] as [(String, Int, String, String)])
    func broken(_ text: String, _ line: Int, _ key: String, _ phrase: String) throws {
        let folder = TempFolder()
        let file = folder.write("judges/bad.yaml", text)
        #expect {
            _ = try ScenarioLoader.loadJudge(file)
        } throws: { error in
            guard let error = error as? ScenarioError else { return false }
            return error.file == file && error.line == line && error.key == key && error.message.contains(phrase) && !error.description.contains("\n")
                && !error.description.contains("sk-live-123")
        }
    }

    static func expectation(_ yaml: String) throws -> Expectations {
        let folder = TempFolder()
        return try ScenarioLoader.loadScenario(folder.write("s.yaml", "id: s\nturns: []\nexpect:\n" + yaml)).expect
    }

    @Test("expect.judge is one criterion or a list; empty or repeated criteria are errors at their line")
    func criteria() throws {
        #expect(try Self.expectation("  judge: The agent greets the caller.\n").judge == ["The agent greets the caller."])
        #expect(try Self.expectation("  judge:\n    - \"The agent read the appointment back before booking it\"\n    - It was polite.\n").judge
                == ["The agent read the appointment back before booking it", "It was polite."])
        #expect(try Self.expectation("  completed: true\n").judge == [])
        #expect {
            _ = try Self.expectation("  judge:\n    - It was polite.\n    - It was polite.\n")
        } throws: { ($0 as? ScenarioError).map { $0.line == 5 && $0.key == "expect.judge" && $0.message.contains("given twice") } ?? false }
        #expect {
            _ = try Self.expectation("  judge:\n    - \"  \"\n")
        } throws: { ($0 as? ScenarioError).map { $0.line == 5 && $0.message.contains("must not be empty") } ?? false }
    }
}
