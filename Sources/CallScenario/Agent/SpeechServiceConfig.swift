/// An OpenAI-compatible audio service (`/audio/transcriptions` or `/audio/speech`) used
/// as the agent's recognizer or synthesizer.
public struct SpeechServiceConfig: Sendable, Equatable {
    /// What an `/audio/speech` service sends back.
    public enum Format: String, CaseIterable, Sendable {
        /// A WAV file.
        case wav
        /// Headerless 16-bit mono PCM at `pcmSampleRate` (OpenAI's is 24 kHz).
        case pcm
    }

    /// The API's base URL (`https://api.openai.com/v1`).
    public var baseURL: String
    /// The model name (`whisper-1`, `tts-1`).
    public var model: String
    /// The environment variable that holds the API key, or nil for none.
    public var apiKeyEnv: String?
    /// A whole request, retries included, may take this long, in milliseconds.
    public var timeoutMs: Int
    /// The language hint sent to a transcription service (`en`); nil lets it detect.
    public var language: String?
    /// What a speech service sends back.
    public var format: Format
    /// The rate of `pcm` answers.
    public var pcmSampleRate: Int

    /// Creates a service configuration.
    public init(baseURL: String, model: String, apiKeyEnv: String? = nil, timeoutMs: Int = 15000, language: String? = "en",
                format: Format = .wav, pcmSampleRate: Int = 24000) {
        self.baseURL = baseURL
        self.model = model
        self.apiKeyEnv = apiKeyEnv
        self.timeoutMs = timeoutMs
        self.language = language
        self.format = format
        self.pcmSampleRate = pcmSampleRate
    }
}
