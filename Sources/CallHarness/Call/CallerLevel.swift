import Synchronization
import CallAudio
import CallSpeech
import VoicePipeline

/// The active speech level of a caller voice, the reference for the noise's SNR.
enum CallerLevel {
    private static let measured = Mutex<[String: Double]>([:])

    /// P.56 active level (dBov) of `voice` reading a reference sentence at `sampleRate`,
    /// measured once per process.
    static func level(voice: String, sampleRate: Int) throws(SpeechError) -> Double {
        let key = "\(voice)@\(sampleRate)"
        if let known = measured.withLock({ $0[key] }) { return known }
        let (audio, _) = try SynthesisCache.shared.audio(ReferenceSentence.speechLevel, synthesizer: try Voices.synthesizer(for: voice), rate: 1, sampleRate: sampleRate, measure: false)
        let level = ActiveSpeechLevel.measure(audio.samples, sampleRate: sampleRate).level
        measured.withLock { $0[key] = level }
        return level
    }
}
