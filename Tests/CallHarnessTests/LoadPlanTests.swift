import SimTime
import Testing
@testable import CallHarness

/// The load plan: flags to levels and arrivals, with errors that name the flag.
@Suite("Load plan")
struct LoadPlanTests {
    @Test("no load flag is a plain run")
    func none() throws {
        #expect(try LoadPlan.parse(LoadFlags(), seed: 1) == nil)
    }

    @Test("--concurrency with --calls or --duration is one closed-loop level")
    func single() throws {
        let plan = try #require(try LoadPlan.parse(LoadFlags(concurrency: "8", calls: "40"), seed: 1))
        #expect(plan.steps == [LoadStep(concurrency: 8, calls: 40)])
        #expect(plan.arrivals == .closedLoop)
        #expect(plan.label == "concurrency 8 closed-loop")
        let timed = try #require(try LoadPlan.parse(LoadFlags(concurrency: "3", duration: "10m"), seed: 1))
        #expect(timed.steps == [LoadStep(concurrency: 3, duration: .seconds(600))])
        #expect(timed.steps[0].callCount(scenarios: 5) == nil)
        // Neither: every scenario once, at least one call per slot.
        let plain = try #require(try LoadPlan.parse(LoadFlags(concurrency: "4"), seed: 1))
        #expect(plain.steps[0].callCount(scenarios: 3) == 4)
        #expect(plain.steps[0].callCount(scenarios: 9) == 9)
    }

    @Test("--ramp holds each level for --calls, --duration, or its own :count")
    func ramp() throws {
        let plan = try #require(try LoadPlan.parse(LoadFlags(calls: "10", ramp: "1,5, 10,20:50,40"), seed: 1))
        #expect(plan.steps.map(\.concurrency) == [1, 5, 10, 20, 40])
        #expect(plan.steps.map(\.calls) == [10, 10, 10, 50, 10])
        #expect(plan.label == "ramp 1,5,10,20,40 closed-loop")
        let timed = try #require(try LoadPlan.parse(LoadFlags(duration: "1m30s", ramp: "2,4"), seed: 1))
        #expect(timed.steps.allSatisfy { $0.duration == .seconds(90) && $0.calls == nil })
    }

    @Test("durations read h, m, s and ms", arguments: [("10m", 600_000_000), ("90s", 90_000_000), ("1h", 3_600_000_000),
                                                       ("1m30s", 90_000_000), ("500ms", 500_000), ("0.5s", 500_000), ("2M", 120_000_000)])
    func durations(text: String, microseconds: Int64) throws {
        #expect(try LoadPlan.duration(text) == SimDuration(microseconds: microseconds))
    }

    @Test("rates read per second, minute or hour", arguments: [("2/s", 2.0), ("2", 2.0), ("120/m", 2.0), ("0.5/s", 0.5), ("3600/h", 1.0)])
    func rates(text: String, perSecond: Double) throws {
        #expect(try ArrivalRate.parse(text).perSecond == perSecond)
    }

    @Test("bad flags are one-line errors naming the flag", arguments: [
        (LoadFlags(concurrency: "0"), "--concurrency \"0\": a whole number from 1 to 1000"),
        (LoadFlags(concurrency: "five"), "--concurrency \"five\": a whole number from 1 to 1000"),
        (LoadFlags(concurrency: "2", calls: "-3"), "--calls \"-3\": a whole number from 1 to 1000000"),
        (LoadFlags(concurrency: "2", duration: "10"), "--duration \"10\": a duration is a number with h, m, s or ms, as in 10m, 90s or 1m30s"),
        (LoadFlags(concurrency: "2", duration: "25h"), "--duration \"25h\": a duration above zero and at most 24h"),
        (LoadFlags(ramp: "1,,5"), "--ramp \"1,,5\": levels are numbers split by commas, as in 1,5,10,20,40"),
        (LoadFlags(ramp: "1,x"), "--ramp \"1,x\": \"x\" is not a number of calls in flight from 1 to 1000"),
        (LoadFlags(ramp: "5:none"), "--ramp \"5:none\": \"5:none\": after the colon comes the number of calls to hold the level for"),
        (LoadFlags(rate: "fast"), "--rate \"fast\": a rate is a positive number of calls per s, m or h (as in 2/s)"),
        (LoadFlags(rate: "2/d"), "--rate \"2/d\": the unit after / is s, m or h (as in 2/s or 120/m)"),
        (LoadFlags(rate: "5000/s"), "--rate \"5000/s\": at most 1000 calls a second"),
        (LoadFlags(concurrency: "2", ramp: "1,2"), "--ramp sets the concurrency of each step; leave out --concurrency"),
        (LoadFlags(ramp: "1,2", rate: "1/s"), "--ramp steps hold a number of calls in flight and --rate sets an arrival rate: choose one"),
        (LoadFlags(calls: "5"), "--calls and --duration say how long to hold a load: give --concurrency, --ramp or --rate with them"),
    ])
    func errors(flags: LoadFlags, message: String) {
        #expect(throws: LoadPlanError.self) { try LoadPlan.parse(flags, seed: 1) }
        do {
            _ = try LoadPlan.parse(flags, seed: 1)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("open-loop arrivals are seeded Poisson: the same seed gives the same times, the mean gap is 1/rate")
    func poisson() throws {
        let plan = try #require(try LoadPlan.parse(LoadFlags(calls: "2000", rate: "4/s"), seed: 7))
        #expect(plan.arrivals == .openLoop(ArrivalRate(perSecond: 4)))
        #expect(plan.steps == [LoadStep(concurrency: LoadPlan.maximumConcurrency, calls: 2000)])
        let times = plan.arrivalTimes(step: 0, scenarios: 3)
        #expect(times.count == 2000)
        #expect(times == plan.arrivalTimes(step: 0, scenarios: 3))
        #expect(times != (try #require(try LoadPlan.parse(LoadFlags(calls: "2000", rate: "4/s"), seed: 8))).arrivalTimes(step: 0, scenarios: 3))
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        let meanGap = times.last!.seconds / Double(times.count)
        #expect(abs(meanGap - 0.25) < 0.02)
        // Exponential gaps: their standard deviation is their mean.
        let gaps = zip([SimDuration.zero] + times, times).map { ($1 - $0).seconds }
        let variance = gaps.map { ($0 - meanGap) * ($0 - meanGap) }.reduce(0, +) / Double(gaps.count)
        #expect(abs(variance.squareRoot() - 0.25) < 0.03)
    }

    @Test("an open-loop level held for a time takes every arrival before it ends")
    func poissonDuration() throws {
        let plan = try #require(try LoadPlan.parse(LoadFlags(concurrency: "20", duration: "5m", rate: "2/s"), seed: 3))
        let times = plan.arrivalTimes(step: 0, scenarios: 3)
        #expect(times.allSatisfy { $0 < .seconds(300) })
        #expect((540...660).contains(times.count))
        #expect(LoadPlan(steps: [LoadStep(concurrency: 2)]).arrivalTimes(step: 0, scenarios: 3).isEmpty)
    }

    @Test("calls take the scenarios in turn and each repeat has its own seed")
    func callOrder() {
        #expect((0..<7).map { LoadPlan.scenario(ofCall: $0, scenarios: 3) } == [0, 1, 2, 0, 1, 2, 0])
        let plan = LoadPlan(steps: [LoadStep(concurrency: 2)], seed: 42)
        #expect(plan.callSeed(scenario: "book", index: 0) != plan.callSeed(scenario: "book", index: 3))
        #expect(plan.callSeed(scenario: "book", index: 3) == LoadPlan(steps: [], seed: 42).callSeed(scenario: "book", index: 3))
    }
}
