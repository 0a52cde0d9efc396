import Foundation

/// The Wilson score interval of a proportion: a 95% confidence interval for a pass rate
/// that stays inside 0…1 and is honest for small samples (3 of 3 passes is 0.44…1, not 1…1).
public enum WilsonInterval {
    /// The two-sided 95% normal quantile.
    public static let z95 = 1.959963984540054

    /// The interval [low, high] for `successes` of `trials`; [0, 1] with no trials.
    public static func interval(successes: Int, trials: Int, z: Double = z95) -> [Double] {
        guard trials > 0 else { return [0, 1] }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return [max(0, centre - half), min(1, centre + half)]
    }
}
