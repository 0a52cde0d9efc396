import AgentTools
import CallAudio
import CallSpeech
import Foundation
import SimTime
import VoicePipeline

/// Speech recognition by an OpenAI-compatible `/audio/transcriptions` service: the audio
/// of an utterance is kept from `begin` to `end`, then uploaded as one 16 kHz mono WAV
/// file; there are no partial results.
public final class HTTPTranscriber: ServiceRecognizing {
    /// The service.
    public let endpoint: SpeechEndpoint
    /// The language hint (`en`), nil to let the service detect it.
    public let language: String?
    /// The rate `accept` expects.
    public let sampleRate = 16000
    /// A service answers per utterance: no partials.
    public var producesPartials: Bool { false }
    private let transport: any ProviderTransport
    private let redactor: Redactor
    private var samples: [Float] = []
    /// Why the last utterance got no text, when it failed.
    public private(set) var lastError: ProviderError?
    /// The measured time from the upload to the complete answer, for the last utterance.
    public private(set) var lastLatency: SimDuration?
    /// Why the last utterance got no text, nil when it got an answer.
    public var lastFailure: String? { lastError.map { "\($0)" } }
    /// The first problem of the run's setup (a request missing from the cassette, a
    /// cassette that cannot be written): the call should fail with it.
    public private(set) var stopError: ProviderError?

    /// Creates a transcriber.
    public init(endpoint: SpeechEndpoint, language: String? = "en", transport: any ProviderTransport) {
        self.endpoint = endpoint
        self.language = language
        self.transport = transport
        self.redactor = Redactor(endpoint.secrets)
    }

    /// Drops any buffered audio.
    public func reset() { samples.removeAll() }

    /// Starts buffering a new utterance.
    public func begin() { samples.removeAll() }

    /// Buffers samples at 16 kHz; there are no partial results.
    public func accept(_ samples: [Float]) -> String? {
        self.samples.append(contentsOf: samples)
        return nil
    }

    /// Uploads the utterance; the text, or empty when the service failed (see `lastError`).
    public func end() -> String {
        defer { samples.removeAll() }
        do {
            let (text, latency) = try transcribe(AudioBuffer(samples: samples, sampleRate: sampleRate))
            lastError = nil
            lastLatency = latency
            return text
        } catch {
            lastError = error.redacted(by: redactor)
            lastLatency = SimDuration(microseconds: error.elapsed)
            if error.stopsRun, stopError == nil { stopError = lastError }
            return ""
        }
    }

    /// Transcribes `audio` (resampled to 16 kHz mono first); returns the text and the
    /// measured time to the complete answer. Secrets are masked in the text and the error.
    public func transcribe(_ audio: AudioBuffer) throws(ProviderError) -> (text: String, latency: SimDuration) {
        do {
            let (text, latency) = try transcribeUnmasked(audio)
            return (redactor.text(text), latency)
        } catch {
            throw error.redacted(by: redactor)
        }
    }

    private func transcribeUnmasked(_ audio: AudioBuffer) throws(ProviderError) -> (text: String, latency: SimDuration) {
        let mono = audio.channels == 1 ? audio : audio.mono()
        let wav = WAVCodec.encode(mono.sampleRate == sampleRate ? mono : Resampler.resample(mono, to: sampleRate))
        var fields: [(name: String, value: String)] = [("model", endpoint.model), ("response_format", "json")]
        if let language { fields.append(("language", language)) }
        let form = MultipartForm(fields: fields, fileName: "utterance.wav", fileType: "audio/wav", file: wav)
        let request = ProviderRequest(url: endpoint.url("audio/transcriptions"), headers: endpoint.headers(contentType: form.contentType),
                                      body: form.body, canonicalBody: form.canonical,
                                      excerpt: String(format: "%.2f s of audio", mono.duration), secrets: endpoint.secrets)
        let exchange = try transport.perform(request, retry: endpoint.retry)
        let body = try Self.successBody(exchange, request: request, budgetMs: endpoint.timeoutMs)
        let text: String
        if exchange.final.headers["content-type"]?.hasPrefix("text/plain") == true {
            text = String(decoding: body, as: UTF8.self)
        } else {
            guard let value = try? JSONValue(parsing: String(decoding: body, as: UTF8.self)), let t = value["text"]?.string else {
                throw .badResponse(request.call, "no \"text\" in the answer", elapsed: exchange.duration)
            }
            text = t
        }
        return (text.trimmingCharacters(in: .whitespacesAndNewlines), SimDuration(microseconds: exchange.duration))
    }

    /// The body of a successful exchange, or the error it ended in.
    static func successBody(_ exchange: ProviderExchange, request: ProviderRequest, budgetMs: Int) throws(ProviderError) -> Data {
        let final = exchange.final
        if final.timedOut { throw .timedOut(request.call, ms: budgetMs, elapsed: final.end) }
        guard let status = final.status else {
            throw .unreachable(request.call, final.failure ?? "no response", attempts: exchange.attempts.count, elapsed: final.end)
        }
        guard (200..<300).contains(status) else {
            throw .status(request.call, status, attempts: exchange.attempts.count,
                          body: ChatCompletionsClient.errorMessage(final.body, secrets: request.secrets), elapsed: final.end)
        }
        return final.body
    }
}

extension HTTPTranscriber: RunStopping {
    public var stoppingError: (any Error)? { stopError }
}
