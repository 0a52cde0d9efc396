import AgentTools
import CallAudio
import CallSpeech
import Foundation
import SimTime
import Synchronization
import VoicePipeline

/// Speech synthesis by an OpenAI-compatible `/audio/speech` service: JSON in, a WAV file
/// or raw 16-bit PCM out, resampled to `sampleRate`.
public struct HTTPSynthesizer: ServiceSynthesizing {
    /// What the service sends back.
    public enum Format: Sendable, Equatable {
        /// A WAV file (its header gives the rate).
        case wav
        /// Headerless little-endian 16-bit mono PCM at this rate (OpenAI's `pcm` is 24 kHz).
        case pcm(sampleRate: Int)

        var name: String {
            switch self {
            case .wav: "wav"
            case .pcm: "pcm"
            }
        }
    }

    /// The service.
    public let endpoint: SpeechEndpoint
    /// The service's voice name (`alloy`).
    public let voiceName: String
    /// What the service sends back.
    public let format: Format
    /// The rate of the audio it returns (the service's audio is resampled to it).
    public let sampleRate: Int
    private let transport: any ProviderTransport
    private let stop = Stop()

    /// Holds the first problem of the run's setup, shared by the copies of a synthesizer.
    private final class Stop: Sendable {
        let error = Mutex<ProviderError?>(nil)
    }

    /// The first problem of the run's setup (a request missing from the cassette, a
    /// cassette that cannot be written): the call should fail with it.
    public var stopError: ProviderError? { stop.error.withLock { $0 } }

    /// `http/<voice name>`.
    public var voice: String { "http/\(voiceName)" }
    /// The endpoint's path, model, voice and format.
    public var fingerprint: String { "http:\(ProviderRequest.path(of: endpoint.baseURL))|\(endpoint.model)|\(voiceName)|\(format.name)" }

    /// Creates a synthesizer whose audio comes out at `sampleRate`.
    public init(endpoint: SpeechEndpoint, voice: String, format: Format = .wav, sampleRate: Int = 16000, transport: any ProviderTransport) {
        self.endpoint = endpoint
        self.voiceName = voice
        self.format = format
        self.sampleRate = sampleRate
        self.transport = transport
    }

    /// Speaks `text` at `rate` (sent as `speed`); provider failures are engine failures.
    public func synthesize(_ text: String, rate: Double) throws(SpeechError) -> AudioBuffer {
        try synthesizeMeasured(text, rate: rate).audio
    }

    /// Speaks `text` at `rate`; returns the audio and the measured time to its first byte.
    /// Provider failures are engine failures; setup problems are also kept in `stopError`.
    public func synthesizeMeasured(_ text: String, rate: Double) throws(SpeechError) -> (audio: AudioBuffer, firstByte: SimDuration) {
        do {
            return try synthesizeTimed(text, rate: rate)
        } catch {
            if error.stopsRun { stop.error.withLock { if $0 == nil { $0 = error } } }
            throw .engineFailed("\(error)")
        }
    }

    /// Speaks `text`; returns the audio and the measured time to its first byte. Secrets
    /// are masked in the error.
    public func synthesizeTimed(_ text: String, rate: Double) throws(ProviderError) -> (audio: AudioBuffer, firstByte: SimDuration) {
        do {
            return try synthesizeUnmasked(text, rate: rate)
        } catch {
            throw error.redacted(by: Redactor(endpoint.secrets))
        }
    }

    private func synthesizeUnmasked(_ text: String, rate: Double) throws(ProviderError) -> (audio: AudioBuffer, firstByte: SimDuration) {
        let json: JSONValue = ["model": .string(endpoint.model), "input": .string(text), "voice": .string(voiceName),
                               "response_format": .string(format.name), "speed": .number(rate)]
        let request = ProviderRequest(url: endpoint.url("audio/speech"), headers: endpoint.headers(contentType: "application/json"),
                                      body: Data(json.jsonString().utf8), canonicalBody: json,
                                      excerpt: "input: \"\(ChatCompletionsClient.excerpt(text))\"", secrets: endpoint.secrets)
        let exchange = try transport.perform(request, retry: endpoint.retry)
        let body = try HTTPTranscriber.successBody(exchange, request: request, budgetMs: endpoint.timeoutMs)
        var audio: AudioBuffer
        switch format {
        case .wav:
            do { audio = try WAVCodec.decode(body) } catch { throw .badResponse(request.call, "\(error)", elapsed: exchange.duration) }
        case .pcm(let rate):
            audio = WAVCodec.decodeRawPCM16(body, sampleRate: rate)
        }
        if audio.channels > 1 { audio = audio.mono() }
        if audio.sampleRate != sampleRate, !audio.isEmpty { audio = Resampler.resample(audio, to: sampleRate) }
        let final = exchange.final
        let firstByte = final.start + (final.chunks.first?.at ?? final.duration)
        return (audio, SimDuration(microseconds: firstByte))
    }
}

extension HTTPSynthesizer: RunStopping {
    public var stoppingError: (any Error)? { stopError }
}
