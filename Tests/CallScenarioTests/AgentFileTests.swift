import VoicePipeline
import Testing
@testable import CallScenario

@Suite("Agent files")
struct AgentFileTests {
    static let full = """
        name: receptionist-llm
        description: The hospital receptionist on a hosted model.
        latency: ../profiles/slow.yaml
        fallbackMessage: One moment please.
        vocabulary: [Patel, Garcia]
        vad: { thresholdDb: 12, minLevelDb: -60, startMs: 80, hangoverMs: 250, minSpeechMs: 300, preRollMs: 200 }
        endpointing: { minSilenceMs: 700, maxSilenceMs: 2500 }
        interruption: { enabled: false, minInterruptionMs: 400, ignoreBackchannels: false, backchannels: [uh huh, right] }
        stt: { engine: scripted, languageModel: generic, adaptation: perUtterance }
        tts: { voice: flite/kal16, rate: 1.1 }
        sentenceBuffer: { minLength: 20 }
        brain:
          type: llm
          llm:
            baseURL: https://api.example.com/v1
            model: gpt-4.1-mini
            apiKeyEnv: OPENAI_API_KEY
            systemPrompt: ../prompts/system.txt
            temperature: 0.3
            maxTokens: 256
            timeoutMs: 5000
            latency: measured
        backend: { type: hospital, fixtures: ../fixtures, today: 2024-02-29 }
        guardrails:
          emergency:
            phrases: [chest pain]
            message: Please call 911.
            transfer: false
        """

    @Test("every key of a full agent lands in the model")
    func fullAgent() throws {
        let call = CallFolder()
        let file = call.write("agents/full.yaml", Self.full)
        let a = try ScenarioLoader.loadAgent(file)
        #expect(a.name == "receptionist-llm")
        #expect(a.description == "The hospital receptionist on a hosted model.")
        #expect(a.file == file)
        #expect(a.latency.name == "slow")
        #expect(a.latency.file == call.path("profiles/slow.yaml"))
        #expect(a.latency.llm.ttftMs == .logNormal(p50: 900, p95: 1500))
        #expect(a.fallbackMessage == "One moment please.")
        #expect(a.vocabulary == ["Patel", "Garcia"])
        #expect(a.vad == VADConfig(thresholdDb: 12, minLevelDb: -60, startMs: 80, hangoverMs: 250, minSpeechMs: 300, preRollMs: 200))
        #expect(a.endpointing == EndpointingConfig(minSilenceMs: 700, maxSilenceMs: 2500))
        #expect(a.interruption == InterruptionConfig(enabled: false, minInterruptionMs: 400, ignoreBackchannels: false, backchannels: ["uh huh", "right"]))
        #expect(a.stt == STTConfig(engine: .scripted, languageModel: .generic, adaptation: .perUtterance))
        #expect(a.tts == TTSConfig(voice: "flite/kal16", rate: 1.1))
        #expect(a.sentenceBuffer == SentenceBufferConfig(minLength: 20))
        #expect(a.brain == .llm(LLMConfig(baseURL: "https://api.example.com/v1", model: "gpt-4.1-mini", apiKeyEnv: "OPENAI_API_KEY",
                                           systemPrompt: call.path("prompts/system.txt"), temperature: 0.3, maxTokens: 256,
                                           timeoutMs: 5000, latency: .measured)))
        #expect(a.backend == BackendConfig(type: "hospital", typeLine: a.backend?.typeLine, fixtures: call.path("fixtures"), today: "2024-02-29"))
        #expect(a.guardrails == GuardrailConfig(emergency: .init(phrases: ["chest pain"], message: "Please call 911.", transfer: false)))
    }

    @Test("absent keys take the documented defaults")
    func defaults() throws {
        let call = CallFolder()
        call.write("profiles/cloud-typical.yaml", "name: cloud-typical-here\n")
        let file = call.write("agents/minimal.yaml", "name: minimal\nbrain: { flow: ../flows/reception.yaml }\n")
        let a = try ScenarioLoader.loadAgent(file)
        #expect(a.latency.name == "cloud-typical-here")
        #expect(a.brain == .flow(path: call.path("flows/reception.yaml")))
        #expect(a.backend == nil)
        #expect(a.description == nil && a.vocabulary.isEmpty)
        #expect(a.fallbackMessage == "I'm sorry, I'm having trouble right now. Let me transfer you to a colleague.")
        #expect(a.vad == VADConfig(thresholdDb: 9, minLevelDb: -50, startMs: 60, hangoverMs: 200, minSpeechMs: 250, preRollMs: 300))
        #expect(a.endpointing == EndpointingConfig(minSilenceMs: 500, maxSilenceMs: 3000))
        #expect(a.interruption == InterruptionConfig(enabled: true, minInterruptionMs: 500, ignoreBackchannels: true,
                                                     backchannels: ["uh huh", "mm hmm", "okay", "ok", "yeah", "yes", "right", "sure", "got it", "i see"]))
        #expect(a.stt == STTConfig(engine: .pocketsphinx, languageModel: .domain, adaptation: .perCall))
        #expect(a.tts == TTSConfig(voice: "flite/slt", rate: 1))
        #expect(a.sentenceBuffer.minLength == 10)
        #expect(a.guardrails.emergency.phrases == ["chest pain", "can't breathe", "cannot breathe", "not breathing", "heart attack", "stroke",
                                                   "unconscious", "bleeding heavily", "suicide", "overdose"])
        #expect(a.guardrails.emergency.message == "This sounds like an emergency. Please hang up and call 911 right away. I am also connecting you to our staff now.")
        #expect(a.guardrails.emergency.transfer)
    }

    @Test("an llm brain takes defaults for its optional keys")
    func llmDefaults() throws {
        let call = CallFolder()
        let file = call.write("agents/llm.yaml", "name: llm\nlatency: fast\nbrain: { type: llm, llm: { baseURL: 'http://localhost:8000/v1', model: qwen } }\n")
        #expect(try ScenarioLoader.loadAgent(file).brain == .llm(LLMConfig(
            baseURL: "http://localhost:8000/v1", model: "qwen", apiKeyEnv: nil, systemPrompt: nil, temperature: 0, maxTokens: 512, timeoutMs: 10000, latency: .profile)))
    }

    @Test("a bare profile name is looked up beside the agent's folder first, then inside it")
    func profileLookupOrder() throws {
        let call = CallFolder()
        call.write("agents/profiles/fast.yaml", "name: inner-fast\n")
        call.write("agents/profiles/inner-only.yaml", "name: inner-only\n")
        let agent = call.path("agents/receptionist.yaml")
        #expect(try ScenarioLoader.loadProfile("fast", relativeTo: agent).name == "fast")
        #expect(try ScenarioLoader.loadProfile("inner-only", relativeTo: agent).name == "inner-only")
        #expect(try ScenarioLoader.loadProfile("profiles/fast.yaml", relativeTo: agent).name == "inner-fast")
        #expect(try ScenarioLoader.loadProfile(call.path("profiles/slow.yaml"), relativeTo: agent).name == "slow")
    }

    @Test("backend dates must exist on the calendar", arguments: [
        ("2024-02-29", true), ("2025-12-31", true), ("2023-02-29", false), ("2025-13-01", false), ("2025-04-31", false), ("25-01-01", false), ("2025-1-01", false),
    ])
    func calendarDates(text: String, valid: Bool) {
        #expect(BackendConfig.isCalendarDate(text) == valid)
    }
}

@Suite("Agent reproducibility")
struct AgentReproducibilityTests {
    @Test("an agent is reproducible unless its profile or its model latency is measured")
    func reproducible() {
        let seeded = LatencyProfile(llm: .init(ttftMs: .logNormal(p50: 300, p95: 500)))
        let llm = LLMConfig(baseURL: "http://localhost:8000/v1", model: "m", latency: .profile)
        #expect(AgentConfig(name: "a", latency: seeded).isReproducible)
        #expect(AgentConfig(name: "a", latency: seeded, brain: .llm(llm)).isReproducible)
        var measuredLLM = llm
        measuredLLM.latency = .measured
        #expect(!AgentConfig(name: "a", latency: seeded, brain: .llm(measuredLLM)).isReproducible)
        #expect(!AgentConfig(name: "a", latency: LatencyProfile(stt: .init(finalMs: .measured))).isReproducible)
    }
}
