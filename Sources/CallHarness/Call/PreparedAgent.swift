import AgentInterface
import AgentTools
import CallDatabase
import CallProviders
import CallScenario
import CallSpeech
import CallText
import Foundation
import SimTime
import VoicePipeline

/// An in-process agent made ready for many calls: its flow loaded, its recognizer's
/// domain language model built, its synthesizer chosen. Shared by every call of a run;
/// each call connects to a fresh `VoiceAgent` with its own backend, on simulated time.
public final class PreparedAgent: CallableAgent, @unchecked Sendable {
    /// The configuration.
    public let config: AgentConfig
    /// The flow, for flow brains (empty for model brains).
    public let flow: FlowDefinition
    /// The model client and brain settings, for llm brains.
    let model: (client: ChatCompletionsClient, settings: LLMBrain.Settings)?
    /// The recognizer setup, for the pocketsphinx STT engine (nil for the others).
    public let recognizer: PocketSphinxConfiguration?
    /// Where provider calls go (live, recorded or replayed): the model's and the speech services'.
    let transport: any ProviderTransport
    /// The transcription service, for the http STT engine.
    let transcription: SpeechEndpoint?
    /// The speech service, for `http/…` voices.
    let speech: SpeechEndpoint?
    /// Words of the domain corpus that got no pronunciation (reported, not fatal).
    public let unpronounceable: [String]
    /// The domain the agent's backend belongs to, nil for an agent without a backend.
    public let domain: (any AgentDomain)?
    /// The tools the agent file declares, ready to run.
    let declared: [DeclaredTool]
    /// The tool that hands a call to a person: the declared hand-off, else the domain's.
    public let handoffTool: String?
    /// How the simulated caller listens to it: its captions (the default), or recognizing
    /// its audio (`--ear recognize`).
    public let listening: CallerListening

    /// Loads the flow (or sets up the model client, whose calls go live, are recorded or
    /// are replayed per `cassette`) and builds the recognizer's language model; the caller
    /// listens to it as `listening` says.
    public init(_ config: AgentConfig, cassette: CassetteMode = .off, listening: CallerListening = .captions) throws {
        self.config = config
        self.listening = listening
        domain = try Self.domain(config)
        transport = cassette.transport()
        let seeded = try domain?.makeBackend().database
        declared = try Self.declaredTools(config, database: seeded, transport: transport, cassette: cassette)
        handoffTool = config.tools.first(where: \.handoff)?.name ?? domain?.handoffTool
        transcription = try config.stt.service.map { try Self.endpoint($0, key: "stt.http", config: config, cassette: cassette) }
        speech = try config.tts.service.map { try Self.endpoint($0, key: "tts.http", config: config, cassette: cassette) }
        switch config.brain {
        case .flow(let path):
            flow = try FlowLoader.load(path)
            model = nil
        case .llm(let llm):
            flow = FlowDefinition(start: "", slots: [:], intents: [], globalRoutes: [:], nodes: [:],
                                  noInput: NoInputPolicy(prompt: "", maxAttempts: 0, then: ""), corpus: [])
            model = try Self.model(llm, config: config, domain: domain, handoffTool: handoffTool, cassette: cassette, transport: transport)
        }
        // The flow's slot queries run on the seeded database now, whatever recognizer listens:
        // one that does not fit the database is an error before any call.
        let slots = try Self.slotValues(flow, database: seeded, today: domain?.today, config: config)
        switch (config.stt.engine, config.stt.languageModel) {
        case (.scripted, _), (.http, _):
            recognizer = nil
            unpronounceable = []
        case (.pocketsphinx, .generic):
            var c = PocketSphinxConfiguration.genericEnglish
            c.adaptation = config.stt.adaptation == .perUtterance ? .perUtterance : .perCall
            recognizer = c
            unpronounceable = []
        case (.pocketsphinx, .domain):
            let values = try Self.placeholderValues(domain, config: config)
            let corpus = DomainCorpus.expand(flow.corpus, values: values.merging(slots) { domain, _ in domain }.merging(DomainCorpus.generic) { known, _ in known })
                + flow.intents.flatMap { $0.examples + $0.keywords }
                + config.interruption.backchannels + config.guardrails.emergency.phrases
                + (model == nil ? [] : values.keys.sorted().flatMap { values[$0]! })
            let model = try DomainLanguageModel.buildFiles(corpus: corpus, extraWords: config.vocabulary)
            var c = model.configuration
            c.adaptation = config.stt.adaptation == .perUtterance ? .perUtterance : .perCall
            recognizer = c
            unpronounceable = model.unpronounceable
        }
    }

    /// The domain `config.backend.type` names, built from the backend's settings.
    static func domain(_ config: AgentConfig) throws -> (any AgentDomain)? {
        guard let backend = config.backend else {
            if case .flow = config.brain {
                throw ScenarioError(file: config.file, line: nil, key: "backend", message: "the flow brain needs a backend")
            }
            return nil
        }
        if backend.type == BackendConfig.sqliteType { return try sqliteDomain(backend, config: config) }
        guard let factory = DomainCatalog.factory(for: backend.type) else {
            let known = DomainCatalog.types
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend.type",
                                message: "unknown backend type '\(backend.type)'; types: \(([BackendConfig.sqliteType] + known).joined(separator: ", "))")
        }
        let settings = DomainCatalog.Settings(type: backend.type, fixtures: backend.fixtures, today: backend.today, agentFile: config.file)
        do {
            return try factory(settings)
        } catch let error as ToolFailure {
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend", message: error.message)
        }
    }

    /// The first-column values of a flow slot's query on the call's database, its `:slot`
    /// parameters bound to the slots filled (checked when the agent was prepared; a failure
    /// now gives no values).
    static func slotQuery(_ sql: String, slots: [String: String], database: SQLiteDatabase?, today: CalendarDate) -> [String] {
        guard let database else { return [] }
        var binds = slots.mapValues { SQLiteValue.text($0) }
        binds[SQLTool.todayParameter] = .text(today.iso)
        let rows = (try? database.script(sql, named: binds).rows) ?? []
        return rows.compactMap { $0.values.first }.filter { !$0.isNull }.map(\.plainText)
    }

    /// Values for the corpus placeholders: the calendar's (`weekday`, `date`, `time`,
    /// `year`) and the domain's.
    static func placeholderValues(_ domain: (any AgentDomain)?, config: AgentConfig) throws -> [String: [String]] {
        let calendar = ["weekday": DomainCorpus.weekdays, "date": DomainCorpus.spokenDates, "time": DomainCorpus.spokenTimes,
                        "year": DomainCorpus.spokenYears]
        guard let domain else { return calendar }
        return calendar.merging(try domain.corpusValues()) { _, domain in domain }
    }

    /// A fresh backend for one call (nil for an agent without one).
    func makeBackend() throws -> (any DomainBackend)? { try domain?.makeBackend() }

    /// The simulated calendar's today (nil for an agent without a backend).
    var today: CalendarDate? { domain?.today }

    /// A fresh brain for one call.
    func makeBrain(tools: any ToolProviding, backend: (any DomainBackend)?) -> any ResponseGenerating {
        if let model { return LLMBrain(client: model.client, tools: tools, settings: model.settings) }
        // A flow brain always has a domain (checked when the agent was prepared).
        let today = domain!.today
        let context = FlowContext(today: today, entities: { name in backend?.entities(name) ?? [] }, handoffTool: handoffTool,
                                  query: { sql, slots in Self.slotQuery(sql, slots: slots, database: backend?.database, today: today) })
        return FlowEngine(flow: flow, tools: tools, context: context)
    }

    /// In-process agents run on simulated time.
    var clock: SchedulerClock { .simulated }

    /// The agent's latency profile: every provider and the network are simulated.
    var simulatedLatency: LatencyProfile? { config.latency }

    /// A fresh `VoiceAgent` for one call, with its own backend, brain and borrowed
    /// recognizer (given back by `close`).
    func connect(_ setup: CallSetup) throws -> (agent: any CallAnswering, close: () -> Void) {
        let latency = setup.latency ?? SharedLatency(ProfileLatency(config.latency, seed: Seed.derive(setup.seed, "latency")))
        let backend = try makeBackend()
        setup.state.backend = backend
        let tools = MeteredTools(callTools(backend: backend, seed: setup.seed, failures: setup.toolFailures),
                                 measure: latency.measures.contains(.tools), fails: { latency.toolFails() })
        let brain = makeBrain(tools: tools, backend: backend)
        let recognizer = try borrowRecognizer(lineRate: setup.lineSampleRate)
        let synthesizer: any SpeechSynthesizing
        do {
            synthesizer = try self.synthesizer()
        } catch {
            giveBack(recognizer)
            throw error
        }
        let agent = VoiceAgent(parameters: config.pipelineConfig(lineRate: setup.lineSampleRate), scheduler: setup.scheduler,
                               trace: setup.trace, latency: latency, recognizer: recognizer.recognizer, synthesizer: synthesizer,
                               brain: brain, tools: tools, handoffTool: handoffTool)
        if recognizer.scripted { agent.scriptedTranscript = setup.transcriptOracle }
        return (agent, { self.giveBack(recognizer) })
    }

    /// The agent's voice for one call.
    func synthesizer() throws -> any SpeechSynthesizing {
        if let speech, config.tts.voice.hasPrefix("http/"), let service = config.tts.service {
            let format: HTTPSynthesizer.Format = service.format == .pcm ? .pcm(sampleRate: service.pcmSampleRate) : .wav
            return HTTPSynthesizer(endpoint: speech, voice: String(config.tts.voice.dropFirst("http/".count)), format: format, transport: transport)
        }
        return try Voices.synthesizer(for: config.tts.voice)
    }

    /// A recognizer for one call (a silent stand-in when STT is scripted).
    struct Borrowed {
        let recognizer: any SpeechRecognizing
        let pooled: PocketSphinxRecognizer?
        let scripted: Bool
    }

    /// A recognizer for one call over a line at `lineRate`: telephone lines (8 kHz) start
    /// from the telephone-band cepstral mean.
    func borrowRecognizer(lineRate: Int) throws -> Borrowed {
        if let transcription {
            return Borrowed(recognizer: HTTPTranscriber(endpoint: transcription, language: config.stt.service?.language, transport: transport),
                            pooled: nil, scripted: false)
        }
        guard let recognizer else { return Borrowed(recognizer: SilentRecognizer(), pooled: nil, scripted: true) }
        let r = try RecognizerPool.shared.borrow(lineRate == 8000 ? recognizer.forTelephone : recognizer)
        return Borrowed(recognizer: r, pooled: r, scripted: false)
    }

    func giveBack(_ borrowed: Borrowed) {
        if let pooled = borrowed.pooled { RecognizerPool.shared.giveBack(pooled) }
    }
}

/// Hears nothing: stands in for the recognizer when transcripts are scripted.
final class SilentRecognizer: SpeechRecognizing {
    let sampleRate = 16000
    func reset() {}
    func begin() {}
    func accept(_ samples: [Float]) -> String? { nil }
    func end() -> String { "" }
}
