import Foundation
@testable import CallAudio

/// Test signals.
enum Signals {
    /// A sine at `amplitude` (full scale = 1).
    static func sine(hz: Double, amplitude: Double = 0.5, seconds: Double, rate: Int) -> AudioBuffer {
        let n = Int(seconds * Double(rate))
        return AudioBuffer(samples: (0..<n).map { Float(amplitude * sin(2 * .pi * hz * Double($0) / Double(rate))) }, sampleRate: rate)
    }

    /// Real human speech from Debian's pocketsphinx-testdata (LibriVox, 16 kHz).
    static let librivox = "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0870.wav"

    /// SNR in dB of `output` against `reference` over a window.
    static func snr(_ reference: [Float], _ output: [Float], from start: Int, to end: Int) -> Double {
        var signal = 0.0, error = 0.0
        for i in start..<end {
            signal += Double(reference[i]) * Double(reference[i])
            let e = Double(output[i]) - Double(reference[i])
            error += e * e
        }
        return 10 * log10(signal / max(error, 1e-20))
    }

    /// Power at `hz` by the Goertzel algorithm.
    static func goertzel(_ x: [Float], hz: Double, rate: Int) -> Double {
        let w = 2 * Double.pi * hz / Double(rate)
        let coefficient = 2 * cos(w)
        var s1 = 0.0, s2 = 0.0
        for v in x {
            let s0 = Double(v) + coefficient * s1 - s2
            s2 = s1
            s1 = s0
        }
        return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / Double(x.count * x.count)
    }
}
