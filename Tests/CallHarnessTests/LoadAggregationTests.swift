import ReportModel
import Testing
@testable import CallHarness

/// Per-level load metrics from call samples, checked against numbers worked by hand.
@Suite("Load aggregation")
struct LoadAggregationTests {
    let plan = LoadPlan(steps: [LoadStep(concurrency: 1, calls: 3), LoadStep(concurrency: 4, calls: 8)], seed: 42)

    var samples: [LoadCallSample] {
        let alone = [LoadCallSample(step: 0, setupMs: 12, ttfaMs: [400, 420], completed: true),
                     LoadCallSample(step: 0, setupMs: 14, ttfaMs: [415], bargeInStopMs: [180], completed: true),
                     LoadCallSample(step: 0, setupMs: 10, ttfaMs: [405, 410], completed: true)]
        // Twenty replies at four in flight: 500, 510, … 690 ms over four connected calls.
        let replies = (0..<20).map { 500 + Double($0) * 10 }
        let loaded = [LoadCallSample(step: 1, setupMs: 30, ttfaMs: Array(replies[0..<5]), bargeInStopMs: [200, 260], completed: true, underrunMs: [40, 60]),
                      LoadCallSample(step: 1, setupMs: 35, ttfaMs: Array(replies[5..<10]), bargeInStopMs: [240], completed: false, underrunMs: [20]),
                      LoadCallSample(step: 1, setupMs: 33, ttfaMs: Array(replies[10..<15]), completed: true),
                      LoadCallSample(step: 1, failure: .closedMidCall, setupMs: 31, ttfaMs: Array(replies[15..<20])),
                      LoadCallSample(step: 1, failure: .noGreeting, setupMs: 29),
                      LoadCallSample(step: 1, failure: .refused),
                      LoadCallSample(step: 1, failure: .refused),
                      LoadCallSample(step: 1, failure: .timeout)]
        return loaded.reversed() + alone
    }

    @Test("each level gets its own nearest-rank TTFA percentiles, setup time and completion")
    func latency() throws {
        let report = LoadAggregation.report(plan: plan, samples: samples)
        #expect(report.plan == "ramp 1,4 closed-loop" && report.clock == "monotonic")
        let alone = try #require(report.step(concurrency: 1)), loaded = try #require(report.step(concurrency: 4))
        #expect(alone.ttfaMs.p50 == 410 && alone.ttfaMs.p95 == 420 && alone.ttfaMs.p99 == 420 && alone.ttfaMs.count == 5)
        #expect(loaded.ttfaMs.p50 == 590 && loaded.ttfaMs.p95 == 680 && loaded.ttfaMs.p99 == 690 && loaded.ttfaMs.count == 20)
        #expect(alone.setupMs.p50 == 12 && loaded.setupMs.max == 35 && loaded.setupMs.count == 5)
        #expect(alone.completionRate == 1 && loaded.completed == 2 && loaded.completionRate == 0.25)
        #expect(alone.bargeInStopMsP95 == 180 && loaded.bargeInStopMsP95 == 260 && loaded.bargeIns == 3)
    }

    @Test("bootstrap intervals bracket their percentiles and repeat with the seed")
    func intervals() throws {
        let report = LoadAggregation.report(plan: plan, samples: samples)
        let loaded = try #require(report.step(concurrency: 4)).ttfaMs
        for (interval, value) in [(loaded.p50CI, loaded.p50), (loaded.p95CI, loaded.p95), (loaded.p99CI, loaded.p99)] {
            let bounds = try #require(interval), point = try #require(value)
            #expect(bounds.count == 2 && bounds[0] <= point && point <= bounds[1])
        }
        #expect(try #require(loaded.p50CI)[0] >= 500 && loaded.p99CI![1] <= 690)
        #expect(LoadAggregation.report(plan: plan, samples: samples) == report)
        #expect(LoadAggregation.report(plan: plan, samples: samples.shuffled()).steps.map(\.ttfaMs.p95) == report.steps.map(\.ttfaMs.p95))
    }

    @Test("failures count by cause; setup failures are not connected calls")
    func failures() throws {
        let loaded = try #require(LoadAggregation.report(plan: plan, samples: samples).step(concurrency: 4))
        #expect(loaded.failures == LoadFailures(refused: 2, timeout: 1, closedMidCall: 1, noGreeting: 1))
        #expect(loaded.failures.total == 5 && loaded.calls == 8 && loaded.connected == 5)
    }

    @Test("underruns: count, silence in total, per connected call and the worst call")
    func underruns() throws {
        let report = LoadAggregation.report(plan: plan, samples: samples)
        let loaded = try #require(report.step(concurrency: 4)).underruns
        #expect(loaded == LoadUnderruns(count: 3, totalMs: 120, calls: 2, perCall: 0.6, msPerCall: 24, maxMsPerCall: 100))
        #expect(try #require(report.step(concurrency: 1)).underruns == LoadUnderruns(count: 0, totalMs: 0, calls: 0, perCall: 0, msPerCall: 0, maxMsPerCall: 0))
    }

    @Test("a level no call reached is reported empty, not left out")
    func emptyLevel() {
        let report = LoadAggregation.report(plan: LoadPlan(steps: [LoadStep(concurrency: 2), LoadStep(concurrency: 9)]), samples: [LoadCallSample(step: 0)])
        #expect(report.steps.map(\.calls) == [1, 0])
        #expect(report.steps[1].completionRate == nil && report.steps[1].ttfaMs.p95 == nil && report.steps[1].underruns.perCall == nil)
    }
}
