/// The agent's speech recognizer.
public struct STTConfig: Sendable, Equatable {
    /// Which recognizer runs.
    public enum Engine: String, CaseIterable, Sendable {
        /// Streaming pocketsphinx.
        case pocketsphinx
        /// Returns the caller's script as the transcript (no recognition errors).
        case scripted
        /// An OpenAI-compatible `/audio/transcriptions` service (`http`), one request
        /// per endpointed utterance, no partials.
        case http
    }

    /// Which language model the recognizer uses.
    public enum LanguageModel: String, CaseIterable, Sendable {
        /// Built from the agent's domain (flow phrases, vocabulary, backend names).
        case domain
        /// The engine's general English model.
        case generic
    }

    /// How often recognizer adaptation (cepstral mean, noise estimate) is reset.
    public enum Adaptation: String, CaseIterable, Sendable {
        /// Adapt across the whole call.
        case perCall
        /// Start fresh for each utterance.
        case perUtterance
    }

    /// Which recognizer runs.
    public var engine: Engine
    /// Its language model.
    public var languageModel: LanguageModel
    /// When adaptation resets.
    public var adaptation: Adaptation
    /// The service, for the `http` engine.
    public var service: SpeechServiceConfig?

    /// Creates a recognizer configuration.
    public init(engine: Engine = .pocketsphinx, languageModel: LanguageModel = .domain, adaptation: Adaptation = .perCall,
                service: SpeechServiceConfig? = nil) {
        self.engine = engine
        self.languageModel = languageModel
        self.adaptation = adaptation
        self.service = service
    }
}
