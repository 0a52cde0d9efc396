import CallAudio
import CallSpeech

/// Real synthesized speech for pipeline tests.
enum TestAudio {
    /// `text` spoken by `voice`, trimmed and resampled to `rate`, with `padMs` of silence around it.
    static func speech(_ text: String, voice: String = "flite/rms", rate: Int = 16000, padMs: Int = 500) throws -> [Float] {
        let audio = try Voices.synthesizer(for: voice).synthesize(text)
        let samples = Resampler.resample(audio, to: rate).samples
        guard let first = samples.firstIndex(where: { abs($0) > 0.003 }), let last = samples.lastIndex(where: { abs($0) > 0.003 }) else { return [] }
        let pad = [Float](repeating: 0, count: padMs * rate / 1000)
        return pad + Array(samples[first...last]) + pad
    }
}
