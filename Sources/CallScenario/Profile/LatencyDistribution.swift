import Foundation
import SimTime

/// How long a provider stage takes, in milliseconds: a fixed value, a seeded random
/// draw, or the real compute time of a local engine.
public enum LatencyDistribution: Sendable, Equatable {
    /// Always this many milliseconds.
    case fixed(Double)
    /// Log-normal fitted to a median and a 95th percentile (0 < p50 ≤ p95).
    case logNormal(p50: Double, p95: Double)
    /// Uniform between `min` and `max` milliseconds.
    case uniform(min: Double, max: Double)
    /// The real compute time of the local engine, supplied by the pipeline.
    case measured

    /// The 95th percentile of the standard normal distribution.
    static let z95 = 1.6448536269514722

    /// One draw, or nil for `measured` (the caller charges real compute time instead).
    /// Log-normal draws use μ = ln p50 and σ = (ln p95 − ln p50) / z₀.₉₅.
    public func sample(using rng: inout SeededGenerator) -> SimDuration? {
        switch self {
        case .fixed(let ms):
            return .milliseconds(ms)
        case .logNormal(let p50, let p95):
            let mu = log(p50)
            let sigma = (log(p95) - mu) / Self.z95
            return .milliseconds(exp(mu + sigma * rng.nextGaussian()))
        case .uniform(let min, let max):
            return .milliseconds(min + (max - min) * rng.nextUnit())
        case .measured:
            return nil
        }
    }

    /// The median in milliseconds, or nil for `measured`.
    public var median: Double? {
        switch self {
        case .fixed(let ms): ms
        case .logNormal(let p50, _): p50
        case .uniform(let min, let max): (min + max) / 2
        case .measured: nil
        }
    }
}
