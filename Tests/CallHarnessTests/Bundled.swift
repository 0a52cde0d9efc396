import CallScenario
import Foundation
import Receptionist
@testable import CallHarness

/// The bundled scenarios and agent, found from this file's location.
enum Bundled {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let scenarios = root + "/Scenarios"
    /// The receptionist's agent file; naming it registers the hospital domain it uses.
    static let agent: String = {
        HospitalDomain.register()
        return scenarios + "/agents/receptionist.yaml"
    }()

    static func scenario(_ id: String) throws -> Scenario {
        try ScenarioLoader.loadScenario(scenarios + "/\(id).yaml")
    }

    /// The receptionist with every latency fixed (ms), for exact checks.
    static func fixedAgent(transport: Int = 100, stt: Int = 800, ttft: Int = 400, tokensPerSecond: Int = 50, tts: Int = 200, tools: Int = 150) throws -> PreparedAgent {
        let config = try ScenarioLoader.loadAgent(agent, overrides: [
            ("latency.transport.oneWayMs", "\(transport)"), ("latency.stt.finalMs", "\(stt)"),
            ("latency.llm.ttftMs", "\(ttft)"), ("latency.llm.tokensPerSecond", "\(tokensPerSecond)"),
            ("latency.tts.firstByteMs", "\(tts)"), ("latency.tools.latencyMs", "\(tools)"),
        ])
        return try PreparedAgent(config)
    }
}
