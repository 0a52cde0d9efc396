import ReportModel
import SimTime

/// Seeded percentile-bootstrap confidence intervals for nearest-rank percentiles.
public enum Bootstrap {
    /// A 95% interval for the `p`th percentile of `values`: `resamples` resamples with
    /// replacement, each's nearest-rank percentile, then the 2.5th and 97.5th
    /// percentiles of those. nil with fewer than 2 values.
    public static func interval(_ p: Double, of values: [Double], seed: UInt64, resamples: Int = 1000) -> [Double]? {
        guard values.count >= 2 else { return nil }
        var rng = SeededGenerator(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        var sample = [Double](repeating: 0, count: values.count)
        for _ in 0..<resamples {
            for i in sample.indices { sample[i] = values[Int(rng.next() % UInt64(values.count))] }
            estimates.append(Percentiles.nearestRank(p, of: sample)!)
        }
        guard let lo = Percentiles.nearestRank(2.5, of: estimates), let hi = Percentiles.nearestRank(97.5, of: estimates) else { return nil }
        return [(lo * 10).rounded() / 10, (hi * 10).rounded() / 10]
    }
}
