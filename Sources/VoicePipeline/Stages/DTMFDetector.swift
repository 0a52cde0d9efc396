import Foundation

/// Detects keypad tones (DTMF) in 20 ms frames of 16 kHz audio with the Goertzel
/// algorithm: a digit is present when one row and one column frequency together carry
/// most of the frame's energy and each stands 6 dB above its rivals; it registers once
/// it has lasted two frames, and a new digit needs a frame without a tone in between.
/// Any chunk size gives the same digits (audio is re-blocked into 20 ms frames).
public struct DTMFDetector: Sendable {
    static let rows: [Double] = [697, 770, 852, 941]
    static let columns: [Double] = [1209, 1336, 1477]
    static let keys: [[Character]] = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["*", "0", "#"]]

    private let sampleRate: Int
    private let frameLength: Int
    private var pending: [Float] = []
    private var candidate: Character?
    private var run = 0
    private var registered = false

    /// Digits detected so far.
    public private(set) var digits = ""

    /// Creates a detector for audio at `sampleRate`.
    public init(sampleRate: Int = 16000) {
        self.sampleRate = sampleRate
        self.frameLength = sampleRate / 50
    }

    /// Feeds audio; returns the digits that registered in it.
    public mutating func process(_ samples: [Float]) -> String {
        pending.append(contentsOf: samples)
        var found = ""
        var offset = 0
        while pending.count - offset >= frameLength {
            if let digit = step(pending[offset..<(offset + frameLength)]) { found.append(digit) }
            offset += frameLength
        }
        if offset > 0 { pending.removeFirst(offset) }
        digits += found
        return found
    }

    /// The row and column frequencies of a key (nil for anything not on a keypad).
    public static func frequencies(of key: Character) -> (low: Double, high: Double)? {
        guard let r = keys.firstIndex(where: { $0.contains(key) }), let c = keys[r].firstIndex(of: key) else { return nil }
        return (rows[r], columns[c])
    }

    /// Forgets the digits collected so far.
    public mutating func clearDigits() { digits = "" }

    private mutating func step(_ frame: ArraySlice<Float>) -> Character? {
        let key = classify(frame)
        if key == nil || key != candidate {
            candidate = key
            run = key == nil ? 0 : 1
            registered = false
            return nil
        }
        run += 1
        if run >= 2 && !registered {
            registered = true
            return key
        }
        return nil
    }

    private func classify(_ frame: ArraySlice<Float>) -> Character? {
        var total = 0.0
        for s in frame { total += Double(s) * Double(s) }
        guard total / Double(frame.count) > 1e-5 else { return nil } // quieter than −50 dBov
        let rowPower = Self.rows.map { power(frame, $0) }
        let columnPower = Self.columns.map { power(frame, $0) }
        let r = rowPower.indices.max { rowPower[$0] < rowPower[$1] }!
        let c = columnPower.indices.max { columnPower[$0] < columnPower[$1] }!
        let otherRow = rowPower.enumerated().filter { $0.offset != r }.map(\.element).max() ?? 0
        let otherColumn = columnPower.enumerated().filter { $0.offset != c }.map(\.element).max() ?? 0
        // Goertzel power of a full-scale sine over N samples is (N/2)²·A²; relate to total energy.
        let toneEnergy = (rowPower[r] + columnPower[c]) * 2 / Double(frame.count)
        guard toneEnergy > 0.7 * total, rowPower[r] > 4 * otherRow, columnPower[c] > 4 * otherColumn else { return nil }
        return Self.keys[r][c]
    }

    private func power(_ frame: ArraySlice<Float>, _ hz: Double) -> Double {
        let coefficient = 2 * cos(2 * Double.pi * hz / Double(sampleRate))
        var s1 = 0.0, s2 = 0.0
        for x in frame {
            let s0 = Double(x) + coefficient * s1 - s2
            s2 = s1
            s1 = s0
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2
    }
}
