import SimTime
import Synchronization
import Testing
@testable import CallHarness

/// The load executor's bookkeeping on real threads: never more calls in flight than the
/// level allows, every planned call placed once, in plan order. No test asserts how long
/// anything took; every wait is bounded.
@Suite("Load executor")
struct LoadExecutorTests {
    /// Calls in flight, watched from the calls' threads.
    final class Flight: Sendable {
        private let state = Mutex<(now: Int, most: Int)>((0, 0))
        func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var now: Int { state.withLock { $0.now } }
        var most: Int { state.withLock { $0.most } }

        /// Waits until `count` calls are in flight, at most two seconds (a slow machine only
        /// makes the test wait, never fail, unless the executor never gets there).
        func waitFor(_ count: Int) {
            let deadline = MonotonicClock.now() + 2_000_000
            while now < count && MonotonicClock.now() < deadline { MonotonicClock.wait(microseconds: 1000) }
        }
    }

    @Test("a closed-loop ramp fills each level exactly and places every call once, in order")
    func closedLoop() {
        let plan = LoadPlan(steps: [LoadStep(concurrency: 1, calls: 3), LoadStep(concurrency: 4, calls: 10), LoadStep(concurrency: 2, calls: 4)])
        let levels = [Flight(), Flight(), Flight()]
        let calls = LoadExecutor.run(plan, scenarios: 3) { call in
            let flight = levels[call.step]
            flight.enter()
            // The first calls of a level wait for it to fill, so reaching it does not depend on timing.
            if call.index < [3, 7, 15][call.step] { flight.waitFor(plan.steps[call.step].concurrency) }
            MonotonicClock.wait(microseconds: 2000)
            flight.leave()
            return call
        }
        #expect(calls.map(\.index) == Array(0..<17))
        #expect(calls.map(\.step) == [0, 0, 0] + Array(repeating: 1, count: 10) + [2, 2, 2, 2])
        #expect(calls.map(\.scenario) == (0..<17).map { $0 % 3 })
        #expect(levels.map(\.most) == [1, 4, 2])
    }

    @Test("a level held for a time starts calls only until its time is up")
    func duration() {
        let plan = LoadPlan(steps: [LoadStep(concurrency: 2, duration: .milliseconds(150))])
        let calls = LoadExecutor.run(plan, scenarios: 2) { call in
            MonotonicClock.wait(microseconds: 20_000)
            return call
        }
        // Each call takes at least 20 ms, so each of the two workers starts at most 8 before
        // the 150 ms are up, and one more at the edge.
        #expect(calls.count >= 2 && calls.count <= 18)
        #expect(calls.map(\.index) == Array(0..<calls.count))
    }

    @Test("open-loop calls start no earlier than their arrival times, and never more than the cap at once")
    func openLoop() {
        let plan = LoadPlan(steps: [LoadStep(concurrency: 3, calls: 20)], arrivals: .openLoop(ArrivalRate(perSecond: 200)), seed: 9)
        let due = plan.arrivalTimes(step: 0, scenarios: 4)
        let flight = Flight()
        let start = MonotonicClock.now()
        let calls = LoadExecutor.run(plan, scenarios: 4) { call in
            flight.enter()
            let at = MonotonicClock.now() - start
            MonotonicClock.wait(microseconds: 15_000)
            flight.leave()
            return (call, at)
        }
        #expect(calls.count == 20 && calls.map(\.0.index) == Array(0..<20))
        #expect(calls.map(\.0.dueMicroseconds) == due.map(\.microseconds))
        #expect(calls.allSatisfy { $0.1 >= $0.0.dueMicroseconds })
        #expect(flight.most <= 3)
    }
}
