import Foundation
import SimTime
import Testing
@testable import CallScenario

@Suite("Latency distributions")
struct LatencyDistributionTests {
    /// Draws `count` samples in milliseconds, sorted.
    static func sortedSamples(_ distribution: LatencyDistribution, seed: UInt64, count: Int) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in distribution.sample(using: &rng)!.milliseconds }.sorted()
    }

    /// Nearest-rank percentile of sorted values.
    static func percentile(_ p: Double, of sorted: [Double]) -> Double {
        sorted[Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1]
    }

    @Test("a fixed distribution always gives exactly its value")
    func fixed() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<10 { #expect(LatencyDistribution.fixed(250).sample(using: &rng) == SimDuration(microseconds: 250_000)) }
        #expect(LatencyDistribution.fixed(12.5).sample(using: &rng) == SimDuration(microseconds: 12_500))
        #expect(LatencyDistribution.fixed(250).median == 250)
    }

    @Test("log-normal samples hit their p50 and p95 within 3%", arguments: [(457.0, 900.0), (120.0, 160.0), (40.0, 60.0), (300.0, 300.0)])
    func logNormal(p50: Double, p95: Double) {
        let sorted = Self.sortedSamples(.logNormal(p50: p50, p95: p95), seed: 42, count: 20_000)
        let median = Self.percentile(50, of: sorted), high = Self.percentile(95, of: sorted)
        #expect(abs(median - p50) / p50 < 0.03, "median \(median) vs \(p50)")
        #expect(abs(high - p95) / p95 < 0.03, "p95 \(high) vs \(p95)")
        #expect(sorted.first! > 0)
        #expect(LatencyDistribution.logNormal(p50: p50, p95: p95).median == p50)
    }

    @Test("uniform samples stay inside their bounds and spread across them")
    func uniform() {
        let sorted = Self.sortedSamples(.uniform(min: 100, max: 300), seed: 3, count: 10_000)
        #expect(sorted.first! >= 100 && sorted.last! <= 300)
        #expect(abs(Self.percentile(50, of: sorted) - 200) < 6)
        #expect(abs(Self.percentile(10, of: sorted) - 120) < 6)
        #expect(LatencyDistribution.uniform(min: 100, max: 300).median == 200)
    }

    @Test("measured gives no sample and no median")
    func measured() {
        var rng = SeededGenerator(seed: 1)
        #expect(LatencyDistribution.measured.sample(using: &rng) == nil)
        #expect(LatencyDistribution.measured.median == nil)
    }

    @Test("the same seed gives the same samples; another seed does not")
    func seeded() {
        let distribution = LatencyDistribution.logNormal(p50: 337, p95: 600)
        func draw(_ seed: UInt64) -> [SimDuration] {
            var rng = SeededGenerator(seed: seed)
            return (0..<100).map { _ in distribution.sample(using: &rng)! }
        }
        #expect(draw(99) == draw(99))
        #expect(draw(99) != draw(100))
    }

    @Test("a profile is reproducible unless a stage is measured")
    func reproducible() {
        #expect(LatencyProfile(llm: .init(ttftMs: .logNormal(p50: 300, p95: 500))).isReproducible)
        #expect(!LatencyProfile(tools: .init(latencyMs: .measured)).isReproducible)
    }

    @Test("each written form decodes", arguments: [
        ("250", LatencyDistribution.fixed(250)),
        ("0", .fixed(0)),
        ("{ fixed: 80.5 }", .fixed(80.5)),
        ("{ lognormal: { p50: 300, p95: 500 } }", .logNormal(p50: 300, p95: 500)),
        ("{ uniform: { min: 10, max: 30 } }", .uniform(min: 10, max: 30)),
        ("measured", .measured),
        ("\"measured\"", .measured),
    ])
    func forms(text: String, expected: LatencyDistribution) throws {
        let value = try YAMLFile.parse("ttftMs: \(text)\n", file: "inline.yaml").mapping().required("ttftMs")
        #expect(try LatencyDistribution(yaml: value) == expected)
    }

    @Test("malformed distributions are refused", arguments: [
        ("fast", "expected milliseconds, measured"),
        ("'250'", "expected milliseconds, measured"),
        ("-5", "out of range"),
        ("{ logNormal: { p50: 1, p95: 2 } }", "did you mean 'lognormal'"),
        ("{ fixed: 1, uniform: { min: 1, max: 2 } }", "both 'fixed' and 'uniform'"),
        ("{ lognormal: { p50: 0, p95: 5 } }", "must be more than 0"),
        ("{ lognormal: { p50: 300 } }", "is required"),
        ("{ uniform: { min: 30, max: 10 } }", "must be at least min (30)"),
        ("[1, 2]", "expected a mapping"),
    ])
    func malformed(text: String, message: String) throws {
        let value = try YAMLFile.parse("ttftMs: \(text)\n", file: "inline.yaml").mapping().required("ttftMs")
        #expect { try LatencyDistribution(yaml: value) } throws: { error in
            "\(error)".hasPrefix("inline.yaml:1: ttftMs") && "\(error)".contains(message)
        }
    }
}
