import Foundation
import Testing
@testable import SimTime

@Suite("Scheduler on the monotonic clock")
struct RealTimeSchedulerTests {
    @Test("the same loop runs events by time, then sequence, and never before their time")
    func ordering() {
        let scheduler = Scheduler(clock: .monotonic)
        var log: [String] = []
        var early: [Int64] = []
        for (name, ms) in [("c", 30), ("a1", 10), ("b", 20), ("a2", 10)] {
            let at = SimInstant(microseconds: Int64(ms) * 1000)
            scheduler.schedule(at: at) {
                log.append(name)
                if scheduler.clockTime < at { early.append(at.microseconds) }
                #expect(scheduler.now == at)
            }
        }
        scheduler.runUntilIdle()
        #expect(log == ["a1", "a2", "b", "c"])
        #expect(early.isEmpty)
        #expect(scheduler.clockTime >= SimInstant(microseconds: 30_000))
    }

    @Test("work posted from another thread runs on the loop, in posting order, at its arrival time")
    func posted() {
        let scheduler = Scheduler(clock: .monotonic)
        var log: [String] = []
        var times: [SimInstant] = []
        let inbox = scheduler.makeInbox { (name: String) in
            log.append(name)
            times.append(scheduler.now)
        }
        // A tick keeps the loop alive until the other thread has posted everything.
        var ticks = 0
        func tick() {
            ticks += 1
            if log.count < 3 && ticks < 500 { scheduler.schedule(after: .milliseconds(2), tick) }
        }
        scheduler.schedule(at: .zero, tick)
        let thread = Thread {
            for name in ["x", "y", "z"] {
                inbox.post(name)
            }
        }
        thread.start()
        scheduler.runUntilIdle()
        #expect(log == ["x", "y", "z"])
        #expect(times == times.sorted())
    }

    @Test("a simulated scheduler reports its own time as the clock's")
    func simulatedClockTime() {
        let scheduler = Scheduler()
        scheduler.schedule(at: SimInstant(microseconds: 5_000_000)) {}
        scheduler.runUntilIdle()
        #expect(scheduler.clockTime == scheduler.now)
        #expect(scheduler.now == SimInstant(microseconds: 5_000_000))
    }
}
