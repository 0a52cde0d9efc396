import Foundation
import SimTime
import Synchronization

/// Runs a load plan's calls at once on real threads, level after level: each call on its
/// own thread (where it runs its own monotonic scheduler), never more in flight than the
/// level's concurrency. Closed loop: that many workers each start a new call when theirs
/// ends, until the level's calls are placed or its time is up. Open loop: calls start at
/// the plan's seeded arrival times, waiting for a free slot when the level is full. A level
/// ends when its last call has; the next then starts. Which scenario a call runs and its
/// seed are the plan's, so only the timing differs between runs.
public enum LoadExecutor {
    /// Places every call of `plan` over `scenarios` scenarios with `place` (called on the
    /// call's own thread); the results in the order the calls were planned.
    public static func run<Result: Sendable>(_ plan: LoadPlan, scenarios: Int, place: @escaping @Sendable (LoadCall) -> Result) -> [Result] {
        let results = Collected<Result>()
        var placed = 0
        for (index, step) in plan.steps.enumerated() {
            let first = placed
            switch plan.arrivals {
            case .closedLoop:
                placed += closedLoop(step, index: index, first: first, scenarios: scenarios, place: place, into: results)
            case .openLoop:
                let times = plan.arrivalTimes(step: index, scenarios: scenarios)
                openLoop(step, index: index, first: first, times: times, scenarios: scenarios, place: place, into: results)
                placed += times.count
            }
        }
        return results.inOrder
    }

    /// A closed-loop level; returns how many calls it placed.
    private static func closedLoop<Result: Sendable>(_ step: LoadStep, index: Int, first: Int, scenarios: Int,
                                                     place: @escaping @Sendable (LoadCall) -> Result,
                                                     into results: Collected<Result>) -> Int {
        let count = step.callCount(scenarios: scenarios)
        let deadline = step.duration.map { MonotonicClock.now() + $0.microseconds }
        let next = Mutex(0)
        let workers = min(step.concurrency, count ?? step.concurrency)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            spawn {
                while true {
                    let claimed: Int? = next.withLock { next in
                        if let count, next >= count { return nil }
                        if let deadline, MonotonicClock.now() >= deadline { return nil }
                        defer { next += 1 }
                        return next
                    }
                    guard let offset = claimed else { break }
                    let call = LoadCall(step: index, index: first + offset, scenario: LoadPlan.scenario(ofCall: first + offset, scenarios: scenarios))
                    let result = place(call)
                    results.add(call.index, result)
                }
                done.signal()
            }
        }
        for _ in 0..<workers { done.wait() }
        return next.withLock { $0 }
    }

    /// An open-loop level: a call at each arrival time, at most the level's concurrency at once.
    private static func openLoop<Result: Sendable>(_ step: LoadStep, index: Int, first: Int, times: [SimDuration], scenarios: Int,
                                                   place: @escaping @Sendable (LoadCall) -> Result,
                                                   into results: Collected<Result>) {
        let slots = DispatchSemaphore(value: step.concurrency)
        let done = DispatchGroup()
        let start = MonotonicClock.now()
        for (offset, time) in times.enumerated() {
            let wait = start + time.microseconds - MonotonicClock.now()
            if wait > 0 { MonotonicClock.wait(microseconds: wait) }
            slots.wait()
            let call = LoadCall(step: index, index: first + offset, scenario: LoadPlan.scenario(ofCall: first + offset, scenarios: scenarios),
                                   dueMicroseconds: time.microseconds)
            done.enter()
            spawn {
                let result = place(call)
                results.add(call.index, result)
                slots.signal()
                done.leave()
            }
        }
        done.wait()
    }

    /// Starts `body` on a thread of its own (a call's scheduler loop blocks it).
    private static func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 4 << 20
        thread.start()
    }
}

/// Results handed over from the calls' threads.
private final class Collected<Result: Sendable>: Sendable {
    private let items = Mutex<[(Int, Result)]>([])

    func add(_ index: Int, _ result: Result) { items.withLock { $0.append((index, result)) } }

    /// The results by the calls' planned order.
    var inOrder: [Result] { items.withLock { $0.sorted { $0.0 < $1.0 }.map(\.1) } }
}
