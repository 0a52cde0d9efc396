import Foundation

/// Dual-tone multi-frequency digits, as a phone keypad sends them.
enum DTMF {
    static let rows: [Character: (Double, Double)] = [
        "1": (697, 1209), "2": (697, 1336), "3": (697, 1477),
        "4": (770, 1209), "5": (770, 1336), "6": (770, 1477),
        "7": (852, 1209), "8": (852, 1336), "9": (852, 1477),
        "*": (941, 1209), "0": (941, 1336), "#": (941, 1477),
    ]

    /// 100 ms tones with 100 ms gaps, each tone at −10 dBov per frequency.
    static func tones(_ digits: String, sampleRate: Int) -> [Float] {
        var out: [Float] = []
        let tone = sampleRate / 10
        for digit in digits {
            guard let (low, high) = rows[digit] else { continue }
            for i in 0..<tone {
                let t = Double(i) / Double(sampleRate)
                out.append(Float(0.22 * (sin(2 * .pi * low * t) + sin(2 * .pi * high * t))))
            }
            out.append(contentsOf: [Float](repeating: 0, count: tone))
        }
        return out
    }
}
