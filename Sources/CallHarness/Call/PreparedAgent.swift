import AgentTools
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
    /// The flow, for flow brains.
    public let flow: FlowDefinition
    /// The recognizer setup, nil for the scripted STT option.
    public let recognizer: PocketSphinxConfiguration?
    /// Words of the domain corpus that got no pronunciation (reported, not fatal).
    public let unpronounceable: [String]

    /// Loads the flow and builds the recognizer's language model.
    public init(_ config: AgentConfig) throws {
        self.config = config
        guard case .flow(let path) = config.brain else {
            throw ScenarioError(file: config.file, line: nil, key: "brain.type", message: "only the flow brain can run offline in this build")
        }
        self.flow = try FlowLoader.load(path)
        switch (config.stt.engine, config.stt.languageModel) {
        case (.scripted, _):
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

    /// A fresh brain for one call.
    func makeBrain(tools: any ToolProviding, backend: HospitalBackend) -> any ResponseGenerating {
        let today = CalendarDate(iso: config.backend?.today ?? "") ?? CalendarDate(iso: "2025-06-02")!
        let context = FlowContext(today: today, doctors: backend.doctorNames, patients: backend.patientNames,
                                  appointmentIDs: { backend.appointmentIDs })
        return FlowEngine(flow: flow, tools: tools, context: context)
    }

    /// The agent's voice.
    func synthesizer() throws -> any SpeechSynthesizing { try Voices.synthesizer(for: config.tts.voice) }

    /// A recognizer for one call (a silent stand-in when STT is scripted).
    struct Borrowed {
        let recognizer: any SpeechRecognizing
        let pooled: PocketSphinxRecognizer?
        var scripted: Bool { pooled == nil }
    }

    func borrowRecognizer() throws -> Borrowed {
        guard let recognizer else { return Borrowed(recognizer: SilentRecognizer(), pooled: nil) }
        let r = try RecognizerPool.shared.borrow(recognizer)
        return Borrowed(recognizer: r, pooled: r)
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
