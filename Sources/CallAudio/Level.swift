import Foundation

/// Signal levels in dBov (0 dBov = the RMS of a full-scale square wave, so a full-scale
/// sine is −3.01 dBov).
public enum Level {
    /// The level of silence, returned instead of −∞.
    public static let floor: Double = -120

    /// Root-mean-square level of all samples, in dBov.
    public static func rms(_ samples: some Collection<Float>) -> Double {
        guard !samples.isEmpty else { return floor }
        var sum = 0.0
        for s in samples { sum += Double(s) * Double(s) }
        return decibels(power: sum / Double(samples.count))
    }

    /// 10·log10 of a mean power, floored at `floor`.
    public static func decibels(power: Double) -> Double {
        power > 0 ? max(floor, 10 * log10(power)) : floor
    }

    /// The linear gain that changes a level by `db` decibels.
    public static func gain(db: Double) -> Double { pow(10, db / 20) }
}
