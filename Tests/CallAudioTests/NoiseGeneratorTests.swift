import Foundation
import SimTime
import Testing
@testable import CallAudio

@Suite("Noise generators")
struct NoiseGeneratorTests {
    static let kinds: [NoiseKind] = [.white, .pink, .brown, .hum, .street]

    @Test("the same seed gives the same noise; another seed gives other noise", arguments: kinds)
    func seeded(kind: NoiseKind) {
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 1), c = SeededGenerator(seed: 2)
        let x = NoiseGenerator.generate(kind, frames: 16000, sampleRate: 16000, using: &a)
        let y = NoiseGenerator.generate(kind, frames: 16000, sampleRate: 16000, using: &b)
        let z = NoiseGenerator.generate(kind, frames: 16000, sampleRate: 16000, using: &c)
        #expect(x == y)
        #expect(x != z)
        #expect(abs(Level.rms(x.samples) - NoiseGenerator.referenceLevel) < 0.01)
    }

    /// Power in 100–200 Hz against 3.2–6.4 kHz, both one octave wide.
    func lowToHighRatio(_ kind: NoiseKind) -> Double {
        var rng = SeededGenerator(seed: 3)
        let x = NoiseGenerator.generate(kind, frames: 64000, sampleRate: 16000, using: &rng).samples
        func band(_ lo: Double, _ hi: Double) -> Double {
            stride(from: lo, to: hi, by: 10).map { Signals.goertzel(x, hz: $0, rate: 16000) }.reduce(0, +)
        }
        return 10 * log10(band(100, 200) / band(3200, 6400))
    }

    @Test("spectral slopes: white flat, pink −3 dB/oct, brown −6 dB/oct")
    func slopes() {
        // Five octaves apart; the high band has 32× more 10 Hz bins, which cancels for white.
        let white = lowToHighRatio(.white), pink = lowToHighRatio(.pink), brown = lowToHighRatio(.brown)
        #expect(abs(white - (-15.05)) < 2, "white \(white)")     // bins: 10 vs 320 → −15 dB
        #expect(abs(pink - 0) < 3, "pink \(pink)")                 // −15 + 5 octaves × 3 dB
        #expect(abs(brown - 15) < 4, "brown \(brown)")             // −15 + 5 octaves × 6 dB
    }

    @Test("hum has its energy at the mains frequency and harmonics")
    func hum() {
        var rng = SeededGenerator(seed: 4)
        let x = NoiseGenerator.hum(frames: 16000, sampleRate: 16000, mainsHz: 50, using: &rng).samples
        let at50 = Signals.goertzel(x, hz: 50, rate: 16000)
        let at150 = Signals.goertzel(x, hz: 150, rate: 16000)
        let between = Signals.goertzel(x, hz: 75, rate: 16000)
        #expect(at50 > 1000 * between)
        #expect(at150 > 100 * between)
    }

    @Test("babble loops talkers at equal levels")
    func babble() {
        let a = Signals.sine(hz: 200, amplitude: 0.5, seconds: 1, rate: 8000)
        let b = Signals.sine(hz: 700, amplitude: 0.05, seconds: 0.7, rate: 8000)
        var rng = SeededGenerator(seed: 5)
        let mix = NoiseGenerator.babble(talkers: [a, b], frames: 24000, using: &rng).samples
        let p200 = Signals.goertzel(mix, hz: 200, rate: 8000), p700 = Signals.goertzel(mix, hz: 700, rate: 8000)
        #expect(abs(10 * log10(p200 / p700)) < 1.5, "talkers brought to the same level")
    }
}
