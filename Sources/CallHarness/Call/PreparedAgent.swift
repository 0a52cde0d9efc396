import AgentTools
import CallProviders
import CallScenario
import CallSpeech
import CallText
import Foundation
import VoicePipeline

/// An agent configuration made ready for many calls: its flow loaded, its recognizer's
/// domain language model built, its synthesizer chosen. Shared by every call of a run.
public final class PreparedAgent: @unchecked Sendable {
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

    /// Loads the flow (or sets up the model client, whose calls go live, are recorded or
    /// are replayed per `cassette`) and builds the recognizer's language model.
    public init(_ config: AgentConfig, cassette: CassetteMode = .off) throws {
        self.config = config
        transport = cassette.transport()
        transcription = try config.stt.service.map { try Self.endpoint($0, key: "stt.http", config: config, cassette: cassette) }
        speech = try config.tts.service.map { try Self.endpoint($0, key: "tts.http", config: config, cassette: cassette) }
        switch config.brain {
        case .flow(let path):
            flow = try FlowLoader.load(path)
            model = nil
        case .llm(let llm):
            flow = FlowDefinition(start: "", slots: [:], intents: [], globalRoutes: [:], nodes: [:],
                                  noInput: NoInputPolicy(prompt: "", maxAttempts: 0, then: ""), corpus: [])
            model = try Self.model(llm, config: config, cassette: cassette, transport: transport)
        }
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
            let backend = try Self.backend(config)
            let corpus = DomainCorpus.expand(flow.corpus, values: Self.placeholderValues(backend))
                + flow.intents.flatMap { $0.examples + $0.keywords }
                + config.interruption.backchannels + config.guardrails.emergency.phrases
                + (model == nil ? [] : Self.placeholderValues(backend).values.flatMap { $0 })
            let model = try DomainLanguageModel.buildFiles(corpus: corpus, extraWords: config.vocabulary)
            var c = model.configuration
            c.adaptation = config.stt.adaptation == .perUtterance ? .perUtterance : .perCall
            recognizer = c
            unpronounceable = model.unpronounceable
        }
    }

    static func backend(_ config: AgentConfig) throws -> HospitalBackend {
        guard let b = config.backend else {
            throw ScenarioError(file: config.file, line: nil, key: "backend", message: "the flow brain needs a backend")
        }
        return try HospitalBackend(fixtures: b.fixtures, today: b.today)
    }

    /// Values for the corpus placeholders, from the backend and the calendar.
    static func placeholderValues(_ backend: HospitalBackend) -> [String: [String]] {
        let doctors = backend.doctorNames.map { TextNormalizer.normalize($0.replacingOccurrences(of: "Dr.", with: "")) }
        let surnames = backend.doctorNames.compactMap { TextNormalizer.words($0).last }
        return [
            "doctor": surnames + doctors,
            "specialty": backend.specialties.map { TextNormalizer.normalize($0) }
                + ["cardiologist", "pediatrician", "orthopedist", "family doctor", "heart doctor", "general practitioner"],
            "weekday": DomainCorpus.weekdays,
            "date": DomainCorpus.spokenDates,
            "time": DomainCorpus.spokenTimes,
            "person": backend.patientNames.map { TextNormalizer.normalize($0) },
            "id": backend.appointmentIDs.map { TextNormalizer.normalize(FlowEngine.spokenID($0)) },
            "year": DomainCorpus.spokenYears,
        ]
    }

    /// A fresh backend for one call.
    func makeBackend() throws -> HospitalBackend { try Self.backend(config) }

    /// The simulated calendar's today.
    var today: CalendarDate { config.backend.flatMap { CalendarDate(iso: $0.today) } ?? CalendarDate(iso: "2025-06-02")! }

    /// A fresh brain for one call.
    func makeBrain(tools: any ToolProviding, backend: HospitalBackend) -> any ResponseGenerating {
        if let model { return LLMBrain(client: model.client, tools: tools, settings: model.settings) }
        let context = FlowContext(today: today, doctors: backend.doctorNames, patients: backend.patientNames,
                                  appointmentIDs: { backend.appointmentIDs })
        return FlowEngine(flow: flow, tools: tools, context: context)
    }

    /// Throws the problem that stopped a call's brain, recognizer or voice (a request
    /// missing from the cassette).
    func check(_ brain: any ResponseGenerating, recognizer: Borrowed, synthesizer: any SpeechSynthesizing) throws {
        if let error = (brain as? LLMBrain)?.stopError { throw error }
        if let error = (recognizer.recognizer as? HTTPTranscriber)?.stopError { throw error }
        if let error = (synthesizer as? HTTPSynthesizer)?.stopError { throw error }
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
