import Foundation
import VoicePipeline

/// Dual-tone multi-frequency digits, as a phone keypad sends them (the frequencies are
/// the agent's detector's).
enum DTMF {
    /// 100 ms tones with 100 ms gaps, each tone at −10 dBov per frequency.
    static func tones(_ digits: String, sampleRate: Int) -> [Float] {
        var out: [Float] = []
        let tone = sampleRate / 10
        for digit in digits {
            guard let (low, high) = DTMFDetector.frequencies(of: digit) else { continue }
            for i in 0..<tone {
                let t = Double(i) / Double(sampleRate)
                out.append(Float(0.22 * (sin(2 * .pi * low * t) + sin(2 * .pi * high * t))))
            }
            out.append(contentsOf: [Float](repeating: 0, count: tone))
        }
        return out
    }
}
