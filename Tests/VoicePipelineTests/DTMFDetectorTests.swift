import Foundation
import Testing
@testable import VoicePipeline

@Suite("DTMF detection")
struct DTMFDetectorTests {
    /// Keypad tones as a phone sends them: 100 ms tone, 100 ms gap, −10 dBov per frequency.
    static func tones(_ digits: String, rate: Int = 16000) -> [Float] {
        var out: [Float] = []
        for digit in digits {
            let r = DTMFDetector.keys.firstIndex { $0.contains(digit) }!
            let c = DTMFDetector.keys[r].firstIndex(of: digit)!
            let low = DTMFDetector.rows[r], high = DTMFDetector.columns[c]
            for i in 0..<(rate / 10) {
                let t = Double(i) / Double(rate)
                out.append(Float(0.22 * (sin(2 * .pi * low * t) + sin(2 * .pi * high * t))))
            }
            out.append(contentsOf: [Float](repeating: 0, count: rate / 10))
        }
        return out
    }

    @Test("every key is recognized, in any chunk size", arguments: [1, 160, 320, 999])
    func allKeys(chunk: Int) {
        let audio = Self.tones("1234567890*#")
        var detector = DTMFDetector()
        var start = 0
        while start < audio.count {
            _ = detector.process(Array(audio[start..<min(audio.count, start + chunk)]))
            start += chunk
        }
        #expect(detector.digits == "1234567890*#")
    }

    @Test("speech-like audio and noise give no digits")
    func noFalseDigits() {
        var detector = DTMFDetector()
        let vowel = (0..<32000).map { i -> Float in
            let t = Double(i) / 16000
            return Float(0.2 * sin(2 * .pi * 220 * t) + 0.1 * sin(2 * .pi * 440 * t) + 0.05 * sin(2 * .pi * 880 * t))
        }
        #expect(detector.process(vowel) == "")
    }
}
