import CallProviders
import CallScenario
import CallSpeech
import VoicePipeline

/// Lends an agent's recognizer to each call: a pooled pocketsphinx decoder with the
/// generic or the agent's domain language model (built once, from its flow's corpus, its
/// domain's values and its vocabulary), an HTTP transcription service, or a silent
/// stand-in when transcripts are scripted.
struct AgentRecognizers {
    /// The pocketsphinx setup (nil for the other engines).
    let configuration: PocketSphinxConfiguration?
    /// Words of the domain corpus that got no pronunciation (reported, not fatal).
    let unpronounceable: [String]
    /// The transcription service, for the http engine.
    private let transcription: SpeechEndpoint?
    private let language: String?
    private let transport: any ProviderTransport

    /// Builds the domain language model when the agent asks for one. `corpus` gives the
    /// sentences it is built from; it is only called for a domain model.
    init(_ config: AgentConfig, cassette: CassetteMode, transport: any ProviderTransport, corpus: () throws -> [String]) throws {
        self.transport = transport
        language = config.stt.service?.language
        transcription = try config.stt.service.map { try AgentSecrets.endpoint($0, key: "stt.http", config: config, cassette: cassette) }
        let adaptation: PocketSphinxConfiguration.Adaptation = config.stt.adaptation == .perUtterance ? .perUtterance : .perCall
        switch (config.stt.engine, config.stt.languageModel) {
        case (.scripted, _), (.http, _):
            configuration = nil
            unpronounceable = []
        case (.pocketsphinx, .generic):
            var c = PocketSphinxConfiguration.genericEnglish
            c.adaptation = adaptation
            configuration = c
            unpronounceable = []
        case (.pocketsphinx, .domain):
            let model = try DomainLanguageModel.buildFiles(corpus: try corpus(), extraWords: config.vocabulary)
            var c = model.configuration
            c.adaptation = adaptation
            configuration = c
            unpronounceable = model.unpronounceable
        }
    }

    /// A recognizer lent to one call.
    struct Borrowed {
        let recognizer: any SpeechRecognizing
        let pooled: PocketSphinxRecognizer?
        let scripted: Bool
    }

    /// A recognizer for one call over a line at `lineRate`: telephone lines (8 kHz) start
    /// from the telephone-band cepstral mean.
    func borrow(lineRate: Int) throws -> Borrowed {
        if let transcription {
            return Borrowed(recognizer: HTTPTranscriber(endpoint: transcription, language: language, transport: transport),
                            pooled: nil, scripted: false)
        }
        guard let configuration else { return Borrowed(recognizer: SilentRecognizer(), pooled: nil, scripted: true) }
        let r = try RecognizerPool.shared.borrow(lineRate == 8000 ? configuration.forTelephone : configuration)
        return Borrowed(recognizer: r, pooled: r, scripted: false)
    }

    /// Gives a call's recognizer back to the pool.
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
