/// Nearest-rank percentiles, as stated in every report.
public enum Percentiles {
    /// The nearest-rank `p`th percentile (0 < p ≤ 100) of `values`: the smallest value
    /// with at least p% of the values at or below it. nil for no values.
    public static func nearestRank(_ p: Double, of values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// P50, P95, P99, max and mean of `values` (ms), rounded to 0.1 ms, with a note under 20 samples.
    public static func stats(_ values: [Double]) -> LatencyStats {
        func r(_ x: Double?) -> Double? { x.map { ($0 * 10).rounded() / 10 } }
        return LatencyStats(p50: r(nearestRank(50, of: values)), p95: r(nearestRank(95, of: values)), p99: r(nearestRank(99, of: values)),
                            max: r(values.max()), mean: r(values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)),
                            count: values.count,
                            note: values.count < 20 && !values.isEmpty ? "fewer than 20 samples: P95 is the maximum or close to it" : nil)
    }
}
