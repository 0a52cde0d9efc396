import ReportModel
import Testing
@testable import CallHarness

@Suite("Percentiles and bootstrap intervals")
struct PercentileTests {
    /// Nearest rank: the smallest value with at least p% of values at or below it.
    @Test("nearest-rank percentiles of known samples", arguments: [
        ([15.0, 20, 35, 40, 50], 30.0, 20.0), ([15.0, 20, 35, 40, 50], 40.0, 20.0), ([15.0, 20, 35, 40, 50], 50.0, 35.0),
        ([15.0, 20, 35, 40, 50], 100.0, 50.0), ([3.0, 6, 7, 8, 8, 10, 13, 15, 16, 20], 25.0, 7.0),
        ([3.0, 6, 7, 8, 8, 10, 13, 15, 16, 20], 50.0, 8.0), ([3.0, 6, 7, 8, 8, 10, 13, 15, 16, 20], 75.0, 15.0),
        ([7.0], 95.0, 7.0),
    ])
    func nearestRank(values: [Double], p: Double, expected: Double) {
        #expect(Percentiles.nearestRank(p, of: values) == expected)
        #expect(Percentiles.nearestRank(p, of: values.reversed()) == expected, "order does not matter")
    }

    @Test("P95 of 1…100 is 95, of 1…20 is 19; fewer than 20 samples carry a note")
    func stats() {
        let hundred = Percentiles.stats((1...100).map(Double.init))
        #expect(hundred.p50 == 50 && hundred.p95 == 95 && hundred.p99 == 99 && hundred.max == 100 && hundred.note == nil)
        #expect(Percentiles.stats((1...20).map(Double.init)).p95 == 19)
        #expect(Percentiles.stats([1, 2, 3]).note != nil)
        #expect(Percentiles.stats([]).p50 == nil)
    }

    @Test("bootstrap intervals: seeded, contain the estimate, collapse for constant data, widen with spread")
    func bootstrap() throws {
        let values = (0..<60).map { Double(($0 * 37) % 101) }
        let a = try #require(Bootstrap.interval(50, of: values, seed: 1))
        #expect(a == Bootstrap.interval(50, of: values, seed: 1))
        let p50 = Percentiles.nearestRank(50, of: values)!
        #expect(a[0] <= p50 && p50 <= a[1])
        #expect(Bootstrap.interval(95, of: [5, 5, 5, 5, 5], seed: 3) == [5, 5])
        let narrow = try #require(Bootstrap.interval(50, of: (0..<200).map { 100 + Double($0 % 5) }, seed: 4))
        let wide = try #require(Bootstrap.interval(50, of: (0..<200).map { 100 + Double(($0 * 53) % 400) }, seed: 4))
        #expect(narrow[1] - narrow[0] < wide[1] - wide[0])
        #expect(Bootstrap.interval(50, of: [1], seed: 5) == nil)
    }

    /// For a large sample from a known distribution, the 95% interval of the median
    /// covers the true median (uniform 0…1000: median 500).
    @Test("the interval of a large sample's median covers the true median")
    func coverage() throws {
        var state: UInt64 = 7
        let values = (0..<2000).map { _ -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 33) / Double(1 << 31) * 1000
        }
        let interval = try #require(Bootstrap.interval(50, of: values, seed: 9))
        #expect(interval[0] < 500 && 500 < interval[1], "\(interval)")
        #expect(interval[1] - interval[0] < 80)
    }
}
