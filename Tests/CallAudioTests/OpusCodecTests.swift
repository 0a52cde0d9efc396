import Foundation
import Testing
@testable import CallAudio

@Suite("Opus codec (libopus)")
struct OpusCodecTests {
    /// Ten seconds of the LibriVox reading.
    static let speech: [Float] = {
        let audio = try! AudioFile.read(Signals.librivox, mono: true, sampleRate: OpusCodec.sampleRate)
        return Array(audio.samples.prefix(10 * OpusCodec.sampleRate))
    }()

    /// Encodes and decodes `input` in 20 ms packets; `lost` packet numbers are concealed.
    static func roundTrip(_ input: [Float], bitrate: Int, lost: Set<Int> = []) -> (output: [Float], bytes: [Int], lookahead: Int) {
        let codec = OpusCodec(bitrate: bitrate)
        var output: [Float] = [], bytes: [Int] = []
        for (k, start) in stride(from: 0, to: input.count, by: OpusCodec.frameLength).enumerated() {
            let packet = codec.encode(Array(input[start..<min(input.count, start + OpusCodec.frameLength)]))
            bytes.append(packet.count)
            output += codec.decode(lost.contains(k) ? nil : packet)
        }
        return (output, bytes, codec.lookahead)
    }

    /// Normalized correlation of `a` with `b` shifted later by `lag` samples.
    static func correlation(_ a: [Float], _ b: [Float], lag: Int) -> Double {
        var ab = 0.0, aa = 0.0, bb = 0.0
        for i in 0..<(min(a.count, b.count - lag)) {
            ab += Double(a[i]) * Double(b[i + lag]); aa += Double(a[i] * a[i]); bb += Double(b[i + lag] * b[i + lag])
        }
        return ab / max(1e-12, (aa * bb).squareRoot())
    }

    @Test("speech comes back delayed by the look-ahead, closer to the input the higher the bitrate")
    func fidelity() {
        var correlations: [Double] = []
        for bitrate in [8000, 16000, 24000, 64000] {
            let (output, bytes, lookahead) = Self.roundTrip(Self.speech, bitrate: bitrate)
            #expect(lookahead == 104) // 6.5 ms at 16 kHz
            let lags = (0...200).map { Self.correlation(Self.speech, output, lag: $0) }
            let best = lags.indices.max { lags[$0] < lags[$1] }!
            #expect(abs(best - lookahead) <= 2, "best alignment at \(best) samples")
            correlations.append(lags[lookahead])
            let meanBytes = Double(bytes.reduce(0, +)) / Double(bytes.count)
            #expect(abs(meanBytes - Double(bitrate) / 8 / 50) < Double(bitrate) / 8 / 50 * 0.35, "mean packet \(meanBytes) bytes at \(bitrate)")
        }
        // Measured: 0.78, 0.84, 0.85, 0.85 (the reading itself came from a 64 kbit/s MP3).
        #expect(correlations[0] > 0.7 && correlations[1...].allSatisfy { $0 > 0.8 }, "\(correlations)")
        #expect(correlations[0] < correlations[1] && correlations[1] <= correlations[3] + 0.001, "\(correlations)")
    }

    @Test("the same input gives the same packets and audio")
    func deterministic() {
        let a = Self.roundTrip(Array(Self.speech.prefix(32000)), bitrate: 24000, lost: [10, 11, 40])
        let b = Self.roundTrip(Array(Self.speech.prefix(32000)), bitrate: 24000, lost: [10, 11, 40])
        #expect(a.bytes == b.bytes && a.output == b.output)
    }

    @Test("a lost packet is concealed from what came before, fading over a burst, and the decoder recovers")
    func concealment() {
        let tone = Signals.sine(hz: 220, amplitude: 0.4, seconds: 2, rate: OpusCodec.sampleRate).samples
        let burst = Set(50..<58)
        let (output, _, _) = Self.roundTrip(tone, bitrate: 24000, lost: burst)
        func rms(_ k: Int) -> Double { Level.rms(Array(output[(k * 320)..<((k + 1) * 320)])) }
        // Measured (dB): -11 before, then -17 -23 -25 -27 -24 -26 -27 -31 while lost, -13 -11 after.
        #expect(rms(50) > rms(49) - 10, "the first concealed frame continues the tone (\(rms(50)) vs \(rms(49)) dB)")
        #expect(rms(57) < rms(50) - 6, "a long burst fades (\(rms(57)) vs \(rms(50)) dB)")
        #expect(rms(59) > rms(49) - 3, "decoding recovers after the burst (\(rms(59)) dB)")
    }
}
