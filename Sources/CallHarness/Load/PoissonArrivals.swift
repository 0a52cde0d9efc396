import Foundation
import SimTime

/// The arrival times of a seeded Poisson process: independent exponential gaps with
/// mean 1/rate, each drawn by inversion from a seeded uniform, accumulated in whole
/// microseconds so the times never drift from rounding.
public struct PoissonArrivals: Sendable {
    private var generator: SeededGenerator
    private let meanGapMicroseconds: Double
    private var elapsed = SimDuration.zero

    /// Creates the process at `rate`, drawing from `seed`.
    public init(rate: ArrivalRate, seed: UInt64) {
        generator = SeededGenerator(seed: seed)
        meanGapMicroseconds = 1_000_000 / rate.perSecond
    }

    /// The next arrival, from the process's start.
    public mutating func next() -> SimDuration {
        // 1 − u lies in (0, 1], so the logarithm is finite.
        let gap = -log(1 - generator.nextUnit()) * meanGapMicroseconds
        elapsed = elapsed + SimDuration(microseconds: Int64(gap.rounded()))
        return elapsed
    }
}
