import VoicePipeline
import Testing
@testable import CallScenario

@Suite("--set overrides")
struct OverrideTests {
    @Test("an override replaces a file value and is checked like one")
    func replacesValue() throws {
        let call = CallFolder(replacing: ["agents/receptionist.yaml": CallFolder.agent + "\nendpointing: { minSilenceMs: 600 }\n"])
        let agent = call.path("agents/receptionist.yaml")
        #expect(try ScenarioLoader.loadAgent(agent).endpointing.minSilenceMs == 600)
        let changed = try ScenarioLoader.loadAgent(agent, overrides: [("endpointing.minSilenceMs", "900")])
        #expect(changed.endpointing == EndpointingConfig(minSilenceMs: 900, maxSilenceMs: 3000))
    }

    @Test("an override can set a key the file leaves out")
    func addsValue() throws {
        let call = CallFolder()
        let agent = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"), overrides: [("vad.thresholdDb", "14.5"), ("tts.voice", "espeak/en-us")])
        #expect(agent.vad.thresholdDb == 14.5)
        #expect(agent.tts.voice == "espeak/en-us")
        #expect(agent.vad.startMs == 60)
    }

    @Test("a bad override value fails and says it came from --set")
    func badValue() {
        let call = CallFolder()
        let agent = call.path("agents/receptionist.yaml")
        #expect {
            try ScenarioLoader.loadAgent(agent, overrides: [("endpointing.minSilenceMs", "abc")])
        } throws: { error in
            "\(error)" == "\(agent): endpointing.minSilenceMs: expected an integer, found 'abc' (from --set endpointing.minSilenceMs=abc)"
        }
    }

    @Test("latency.* overrides change the profile: a number becomes a fixed delay")
    func profileOverride() throws {
        let call = CallFolder()
        let agent = call.path("agents/receptionist.yaml")
        let before = try ScenarioLoader.loadAgent(agent, overrides: [("latency", "slow")])
        #expect(before.latency.llm.ttftMs == .logNormal(p50: 900, p95: 1500))
        let after = try ScenarioLoader.loadAgent(agent, overrides: [("latency", "slow"), ("latency.llm.ttftMs", "300")])
        #expect(after.latency.llm.ttftMs == .fixed(300))
        #expect(after.latency.name == "slow")
        let measured = try ScenarioLoader.loadAgent(agent, overrides: [("latency.tts.firstByteMs", "measured")])
        #expect(measured.latency.tts.firstByteMs == .measured)
        #expect(!measured.latency.isReproducible)
    }

    @Test("latency=NAME picks another profile")
    func pickProfile() throws {
        let call = CallFolder()
        let agent = call.path("agents/receptionist.yaml")
        #expect(try ScenarioLoader.loadAgent(agent).latency.name == "fast")
        #expect(try ScenarioLoader.loadAgent(agent, overrides: [("latency", "slow")]).latency.name == "slow")
    }

    @Test("null restores the default")
    func nullOverride() throws {
        let call = CallFolder(replacing: ["agents/receptionist.yaml": CallFolder.agent + "\nsentenceBuffer: { minLength: 30 }\n"])
        #expect(try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"), overrides: [("sentenceBuffer.minLength", "null")]).sentenceBuffer.minLength == 10)
    }
}
