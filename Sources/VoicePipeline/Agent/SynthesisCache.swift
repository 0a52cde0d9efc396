import CallAudio
import CallSpeech
import SimTime
import Synchronization

/// Synthesized sentences kept in memory by (voice fingerprint, rate, target rate, text),
/// with the compute time their first synthesis took. Repeated prompts across calls and
/// scenarios are synthesized once per process.
public final class SynthesisCache: Sendable {
    struct Key: Hashable {
        let fingerprint: String
        let rate: Double
        let sampleRate: Int
        let text: String
    }

    private let entries = Mutex<[Key: (AudioBuffer, SimDuration)]>([:])
    private let limit: Int

    /// A cache holding at most `limitSamples` samples (then it starts afresh).
    public init(limitSamples: Int = 60_000_000) { self.limit = limitSamples }

    /// The process-wide cache.
    public static let shared = SynthesisCache()

    /// The speech for `text` at `sampleRate`, synthesized on a miss; the duration is the
    /// CPU time of the synthesis (measured only when `measure` is true).
    public func audio(_ text: String, synthesizer: any SpeechSynthesizing, rate: Double, sampleRate: Int, measure: Bool) throws(SpeechError) -> (AudioBuffer, SimDuration) {
        let key = Key(fingerprint: synthesizer.fingerprint, rate: rate, sampleRate: sampleRate, text: text)
        if let hit = entries.withLock({ $0[key] }) { return hit }
        var failure: SpeechError?
        let (buffer, compute) = ComputeMeter.measure(measure) { () -> AudioBuffer? in
            do throws(SpeechError) {
                let audio = try synthesizer.synthesize(text, rate: rate)
                return Resampler.resample(audio, to: sampleRate)
            } catch {
                failure = error
                return nil
            }
        }
        guard let buffer else { throw failure ?? SpeechError.engineFailed("synthesis failed") }
        let entry = (buffer, compute)
        entries.withLock { cache in
            let total = cache.values.reduce(0) { $0 + $1.0.samples.count }
            if total + buffer.samples.count > limit { cache.removeAll() }
            cache[key] = entry
        }
        return entry
    }
}
