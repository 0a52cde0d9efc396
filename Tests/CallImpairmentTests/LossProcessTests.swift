import Testing
@testable import CallImpairment

@Suite("Packet loss models")
struct LossProcessTests {
    /// Loss rate and mean burst length over 100,000 packets.
    func measure(_ model: LineConfig.Loss, seed: UInt64 = 11) -> (rate: Double, meanBurst: Double) {
        var process = LossProcess(model, seed: seed)
        var lost = 0, bursts = 0, run = 0
        for _ in 0..<100_000 {
            if process.nextIsLost() {
                lost += 1
                run += 1
            } else if run > 0 {
                bursts += 1
                run = 0
            }
        }
        if run > 0 { bursts += 1 }
        return (Double(lost) / 100_000, Double(lost) / Double(max(1, bursts)))
    }

    @Test("Gilbert–Elliott matches its analytic loss rate and mean burst length within 5%",
          arguments: [(0.01, 0.4), (0.0309, 0.7), (0.05, 0.25), (0.002, 0.1)])
    func gilbert(p: Double, r: Double) {
        let model = LineConfig.Loss.gilbert(p: p, r: r, lossInBad: 1, lossInGood: 0)
        let measured = measure(model)
        let expectedRate = p / (p + r)
        #expect(abs(measured.rate - expectedRate) / expectedRate < 0.05, "rate \(measured.rate) vs \(expectedRate)")
        #expect(abs(measured.meanBurst - 1 / r) / (1 / r) < 0.05, "burst \(measured.meanBurst) vs \(1 / r)")
        #expect(abs(LossProcess.expectedLossRate(model) - expectedRate) < 1e-12)
    }

    @Test("Bernoulli loss is independent: bursts average 1/(1−rate)", arguments: [0.01, 0.03, 0.1])
    func bernoulli(rate: Double) {
        let measured = measure(.bernoulli(rate: rate))
        #expect(abs(measured.rate - rate) / rate < 0.05)
        #expect(abs(measured.meanBurst - 1 / (1 - rate)) < 0.05)
    }

    @Test("the same seed gives the same losses; another seed others")
    func seeded() {
        func pattern(_ seed: UInt64) -> [Bool] {
            var p = LossProcess(.gilbert(p: 0.05, r: 0.3, lossInBad: 1, lossInGood: 0), seed: seed)
            return (0..<2000).map { _ in p.nextIsLost() }
        }
        #expect(pattern(1) == pattern(1))
        #expect(pattern(1) != pattern(2))
    }
}
