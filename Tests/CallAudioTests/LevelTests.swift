import Foundation
import SimTime
import Testing
@testable import CallAudio

@Suite("Levels: RMS and ITU-T P.56 active speech level")
struct LevelTests {
    @Test("a full-scale sine is −3.01 dBov")
    func fullScaleSine() {
        let sine = Signals.sine(hz: 1000, amplitude: 1, seconds: 1, rate: 16000)
        #expect(abs(Level.rms(sine.samples) + 3.0103) < 0.01)
    }

    @Test("a continuous tone is active throughout: active level = RMS", arguments: [-10.0, -26.0, -40.0])
    func continuousTone(level: Double) {
        let amplitude = Level.gain(db: level) * 2.0.squareRoot()
        let tone = Signals.sine(hz: 800, amplitude: amplitude, seconds: 2, rate: 16000)
        let measured = ActiveSpeechLevel.measure(tone.samples, sampleRate: 16000)
        #expect(abs(measured.level - level) < 0.1, "measured \(measured.level)")
        #expect(measured.activity > 0.98)
    }

    @Test("silence between bursts does not lower the active level")
    func burstsAndSilence() {
        // 1 s of tone, 1 s of silence, twice: RMS drops 3 dB, the active level does not.
        let tone = Signals.sine(hz: 800, amplitude: 0.1, seconds: 1, rate: 16000).samples
        let quiet = [Float](repeating: 0, count: 16000)
        let signal = tone + quiet + tone + quiet
        let measured = ActiveSpeechLevel.measure(signal, sampleRate: 16000)
        let toneLevel = Level.rms(tone)
        #expect(abs(measured.rmsLevel - (toneLevel - 3.01)) < 0.05)
        // Each burst counts as active for its second plus the 200 ms hangover plus the
        // envelope's decay (~80 ms): activity ≈ 0.64, and the active level is the tone's
        // energy spread over that time.
        #expect(measured.activity > 0.6 && measured.activity < 0.67, "activity \(measured.activity)")
        let expected = toneLevel - 10 * log10(measured.activity * 2)
        #expect(abs(measured.level - expected) < 0.05, "active \(measured.level) vs \(expected)")
        #expect(measured.level > measured.rmsLevel + 1.5)
    }

    @Test("silence measures at the floor")
    func silence() {
        #expect(ActiveSpeechLevel.measure([Float](repeating: 0, count: 8000), sampleRate: 8000).level == Level.floor)
        #expect(Level.rms([Float]()) == Level.floor)
    }
}

@Suite("Mixing noise at an SNR")
struct MixerTests {
    static let speech: AudioBuffer = {
        (try? AudioFile.read(Signals.librivox, mono: true)) ?? Signals.sine(hz: 300, seconds: 3, rate: 16000)
    }()

    @Test("noise mixed at 0, 10 and 20 dB measures within ±0.5 dB by P.56",
          arguments: [0.0, 10.0, 20.0], [NoiseKind.white, .pink, .brown, .street])
    func snr(target: Double, kind: NoiseKind) throws {
        let speech = Self.speech
        #expect(speech.duration > 3, "real speech from pocketsphinx-testdata is installed")
        var rng = SeededGenerator(seed: 7)
        let noise = NoiseGenerator.generate(kind, frames: speech.frameCount, sampleRate: speech.sampleRate, using: &rng)
        let mix = Mixer.mix(speech: speech, noise: noise, snrDB: target)
        // Measure afresh from the mixed file: subtract the clean speech to recover the noise.
        let recovered = zip(mix.mixed.samples, speech.samples).map { $0 - $1 }
        let speechLevel = ActiveSpeechLevel.measure(speech.samples, sampleRate: speech.sampleRate).level
        let measured = speechLevel - Level.rms(recovered)
        #expect(abs(measured - target) <= 0.5, "\(kind) at \(target) dB measured \(measured) dB")
        // The mix really is noisier than the speech by about the right amount.
        let mixedLevel = Level.rms(mix.mixed.samples)
        #expect(mixedLevel > Level.rms(speech.samples))
    }
}
