import Foundation

/// ITU-T P.56 method B: the active speech level of a signal, the level averaged over the
/// time speech is present rather than over the whole signal.
///
/// The envelope (two cascaded one-pole smoothers, 30 ms) is compared with a ladder of
/// thresholds 6 dB apart; each threshold counts the samples above it plus a 200 ms
/// hangover. The active level is where the level measured over the counted samples sits
/// 15.9 dB above the threshold, interpolated between rungs.
public struct ActiveSpeechLevel: Sendable, Equatable {
    /// Active speech level, dBov.
    public var level: Double
    /// Fraction of the signal judged active, 0…1.
    public var activity: Double
    /// Long-term RMS level over the whole signal, dBov.
    public var rmsLevel: Double

    static let timeConstant = 0.03
    static let hangover = 0.2
    static let margin = 15.9
    static let rungs = 16 // thresholds 2^-15 … 2^0 of full scale

    /// Measures a mono signal.
    public static func measure(_ samples: [Float], sampleRate: Int) -> ActiveSpeechLevel {
        let n = samples.count
        let rms = Level.rms(samples)
        guard n > 0 else { return ActiveSpeechLevel(level: Level.floor, activity: 0, rmsLevel: Level.floor) }

        let g = exp(-1 / (Double(sampleRate) * timeConstant))
        let hangoverSamples = Int((Double(sampleRate) * hangover).rounded())
        let thresholds = (0..<rungs).map { pow(2.0, Double($0 - (rungs - 1))) }
        var active = [Int](repeating: 0, count: rungs)
        var hang = [Int](repeating: hangoverSamples, count: rungs)
        var p = 0.0, q = 0.0, energy = 0.0

        for s in samples {
            let x = Double(s)
            energy += x * x
            p = g * p + (1 - g) * abs(x)
            q = g * q + (1 - g) * p
            for j in 0..<rungs {
                if q >= thresholds[j] {
                    active[j] += 1
                    hang[j] = 0
                } else if hang[j] < hangoverSamples {
                    active[j] += 1
                    hang[j] += 1
                }
            }
        }
        guard energy > 0 else { return ActiveSpeechLevel(level: Level.floor, activity: 0, rmsLevel: Level.floor) }

        // A[j]: level over the samples active at rung j; C[j]: the rung in dB.
        func levelAt(_ j: Int) -> Double { active[j] > 0 ? 10 * log10(energy / Double(active[j])) : .infinity }
        func rungAt(_ j: Int) -> Double { 20 * log10(thresholds[j]) }

        var previous: (a: Double, c: Double)?
        for j in 0..<rungs {
            let a = levelAt(j), c = rungAt(j)
            let difference = a - c
            if difference <= margin {
                guard let prev = previous else {
                    return ActiveSpeechLevel(level: a, activity: Double(active[j]) / Double(n), rmsLevel: rms)
                }
                // Interpolate linearly in dB between the two rungs to where A − C = margin.
                let prevDiff = prev.a - prev.c
                let t = (prevDiff - margin) / (prevDiff - difference)
                let level = prev.a + t * (a - prev.a)
                let activity = pow(10, (10 * log10(energy / Double(n)) - level) / 10)
                return ActiveSpeechLevel(level: level, activity: min(1, activity), rmsLevel: rms)
            }
            previous = (a, c)
        }
        // Even the highest rung is far below the signal: treat the whole signal as active.
        return ActiveSpeechLevel(level: rms, activity: 1, rmsLevel: rms)
    }
}
