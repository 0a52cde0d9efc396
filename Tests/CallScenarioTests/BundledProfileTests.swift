import Foundation
import Testing
@testable import CallScenario

@Suite("Bundled latency profiles")
struct BundledProfileTests {
    /// The package's Scenarios folder.
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios").path
    /// An agent file in the bundled layout (it need not exist for profile lookup).
    static let agent = scenarios + "/agents/receptionist.yaml"

    @Test("cloud-typical carries the published cloud figures")
    func cloudTypical() throws {
        let p = try ScenarioLoader.loadProfile("cloud-typical", relativeTo: Self.agent)
        #expect(p.name == "cloud-typical")
        #expect(p.file == Self.scenarios + "/profiles/cloud-typical.yaml")
        #expect(p.transport.oneWayMs == .logNormal(p50: 120, p95: 160))
        #expect(p.stt.finalMs == .logNormal(p50: 300, p95: 500))
        #expect(p.llm == .init(ttftMs: .logNormal(p50: 457, p95: 900), tokensPerSecond: 80))
        #expect(p.tts == .init(firstByteMs: .logNormal(p50: 230, p95: 400), realTimeFactor: 0.2))
        #expect(p.tools.latencyMs == .logNormal(p50: 60, p95: 200))
        #expect(p.isReproducible)
    }

    @Test("self-hosted carries the tutorial's self-hosted figures")
    func selfHosted() throws {
        let p = try ScenarioLoader.loadProfile("self-hosted", relativeTo: Self.agent)
        #expect(p.transport.oneWayMs == .logNormal(p50: 40, p95: 60))
        #expect(p.stt.finalMs == .logNormal(p50: 337, p95: 520))
        #expect(p.llm == .init(ttftMs: .logNormal(p50: 337, p95: 600), tokensPerSecond: 60))
        #expect(p.tts.firstByteMs == .logNormal(p50: 219, p95: 350))
        #expect(p.tools.latencyMs == .logNormal(p50: 40, p95: 120))
        #expect(p.isReproducible)
    }

    @Test("local measures every engine and says it is not reproducible")
    func local() throws {
        let p = try ScenarioLoader.loadProfile("local", relativeTo: Self.agent)
        #expect(p.transport.oneWayMs == .fixed(20))
        #expect([p.stt.finalMs, p.llm.ttftMs, p.tts.firstByteMs, p.tools.latencyMs] == Array(repeating: .measured, count: 4))
        #expect(p.llm.tokensPerSecond == 200 && p.tts.realTimeFactor == 0.05)
        #expect(!p.isReproducible)
        let text = try String(contentsOfFile: p.file, encoding: .utf8)
        #expect(text.uppercased().contains("NOT REPRODUCIBLE"))
    }

    @Test("each bundled profile points editors at the profile schema", arguments: ["local", "cloud-typical", "self-hosted"])
    func schemaComment(name: String) throws {
        let text = try String(contentsOfFile: Self.scenarios + "/profiles/\(name).yaml", encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/profile.schema.json\n"))
        #expect(FileManager.default.fileExists(atPath: Self.scenarios + "/schema/profile.schema.json"))
    }
}
