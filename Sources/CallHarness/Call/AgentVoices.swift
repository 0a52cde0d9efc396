import CallProviders
import CallScenario
import CallSpeech
import VoicePipeline

/// Makes an agent's voice for each call: a local engine's (flite, espeak-ng) or an HTTP
/// speech service's (`http/…` voices), whose requests go through the run's transport.
struct AgentVoices {
    /// The configured voice (`flite/slt`, `http/alloy`, …).
    private let voice: String
    /// The speech service and its endpoint, for `http/…` voices.
    private let service: (config: SpeechServiceConfig, endpoint: SpeechEndpoint)?
    private let transport: any ProviderTransport

    /// Reads the speech service's key from the environment (not needed when replaying).
    init(_ config: AgentConfig, cassette: CassetteMode, transport: any ProviderTransport) throws {
        voice = config.tts.voice
        self.transport = transport
        service = try config.tts.service.map {
            ($0, try AgentSecrets.endpoint($0, key: "tts.http", config: config, cassette: cassette))
        }
    }

    /// The agent's voice for one call.
    func make() throws -> any SpeechSynthesizing {
        if let service, voice.hasPrefix("http/") {
            let format: HTTPSynthesizer.Format = service.config.format == .pcm ? .pcm(sampleRate: service.config.pcmSampleRate) : .wav
            return HTTPSynthesizer(endpoint: service.endpoint, voice: String(voice.dropFirst("http/".count)), format: format,
                                   transport: transport)
        }
        return try Voices.synthesizer(for: voice)
    }
}
