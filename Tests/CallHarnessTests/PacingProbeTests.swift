import ReportModel
import SimTime
import Synchronization
import Testing
@testable import CallHarness

/// The harness's pacing ceiling: the rule on measured levels, and the probe's counting
/// (its times are the machine's, so no test asserts them).
@Suite("Pacing probe")
struct PacingProbeTests {
    @Test("the ceiling is the last level within the limit before the first beyond it")
    func rule() {
        let levels = [HarnessCeiling.Level(calls: 1, jitterP99Ms: 0.4), .init(calls: 8, jitterP99Ms: 1.9), .init(calls: 32, jitterP99Ms: 4.99),
                      .init(calls: 64, jitterP99Ms: 7.5)]
        let ceiling = PacingProbe.ceiling(of: levels, limitMs: 5)
        #expect(ceiling.calls == 32 && ceiling.triedUpTo == 64 && ceiling.levels == levels)
        #expect(PacingProbe.ceiling(of: [.init(calls: 1, jitterP99Ms: 9)], limitMs: 5).calls == 0)
        // A level within the limit after one beyond it does not count.
        #expect(PacingProbe.ceiling(of: [.init(calls: 2, jitterP99Ms: 1), .init(calls: 4, jitterP99Ms: 6), .init(calls: 8, jitterP99Ms: 2)], limitMs: 5).calls == 2)
    }

    @Test("every loop ticks every 20 ms for the whole duration, each tick's work done once")
    func counts() {
        let work = WorkCounter()
        let late = PacingProbe.lateness(calls: 3, duration: .milliseconds(200)) { call in work.add(call) }
        #expect(late.count == 30)
        #expect(late.allSatisfy { $0 >= 0 })
        #expect(work.counts == [0: 10, 1: 10, 2: 10])
    }
}

/// Counts a probe's work by loop, from its threads.
final class WorkCounter: Sendable {
    private let state = Mutex<[Int: Int]>([:])
    func add(_ call: Int) { state.withLock { $0[call, default: 0] += 1 } }
    var counts: [Int: Int] { state.withLock { $0 } }
}
