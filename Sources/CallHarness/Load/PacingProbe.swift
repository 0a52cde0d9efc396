import CallAudio
import Foundation
import ReportModel
import SimTime
import Synchronization

/// Measures how many calls the harness can pace at once on this machine: `calls` loops
/// at once, each on its own thread with its own monotonic scheduler — the way a load test
/// runs its calls — ticking every 20 ms at exact multiples of 20 ms from its start (so
/// lateness never accumulates into drift) and doing a frame's work at each tick. A tick's
/// lateness is how long after its due time it began; its P99 over every tick of every
/// loop is the pacing jitter at that level.
public enum PacingProbe {
    /// One tick's work: `call` is the loop's index. The default is the carrier side of a
    /// frame — 20 ms of caller audio made, μ-law encoded, the agent's decoded and its level taken.
    public typealias Work = @Sendable (_ call: Int) -> Void

    /// The carrier side of one 20 ms frame at 8 kHz.
    public static let frameWork: Work = { call in
        var samples = [Int16](repeating: 0, count: 160)
        for index in samples.indices { samples[index] = Int16(truncatingIfNeeded: (index * 131 + call * 17) % 16_000 - 8000) }
        let decoded = MuLaw.decode(MuLaw.encode(samples))
        let level = decoded.reduce(0.0) { $0 + Double($1) * Double($1) }
        precondition(level >= 0)
    }

    /// The lateness of every tick, ms, of `calls` loops held for `duration`.
    public static func lateness(calls: Int, duration: SimDuration, work: @escaping Work = frameWork) -> [Double] {
        let samples = Mutex<[Double]>([])
        let done = DispatchSemaphore(value: 0)
        let ticks = max(1, Int(duration.microseconds / 20_000))
        for call in 0..<calls {
            let thread = Thread {
                let scheduler = Scheduler(clock: .monotonic)
                var late: [Double] = []
                late.reserveCapacity(ticks)
                for tick in 0..<ticks {
                    let due = SimInstant(microseconds: Int64(tick) * 20_000)
                    scheduler.schedule(at: due) {
                        late.append(max(0, (scheduler.clockTime - due).milliseconds))
                        work(call)
                    }
                }
                scheduler.runUntilIdle()
                samples.withLock { $0.append(contentsOf: late) }
                done.signal()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        for _ in 0..<calls { done.wait() }
        return samples.withLock { $0 }
    }

    /// The ceiling over `levels` (ascending): each level is paced for `duration` in turn,
    /// stopping at the first whose jitter P99 exceeds `limitMs`.
    public static func ceiling(levels: [Int], duration: SimDuration, limitMs: Double = 5, work: @escaping Work = frameWork) -> HarnessCeiling {
        var measured: [HarnessCeiling.Level] = []
        for calls in levels {
            let p99 = Percentiles.nearestRank(99, of: lateness(calls: calls, duration: duration, work: work)) ?? 0
            measured.append(HarnessCeiling.Level(calls: calls, jitterP99Ms: (p99 * 100).rounded() / 100))
            if p99 > limitMs { break }
        }
        return ceiling(of: measured, limitMs: limitMs)
    }

    /// The ceiling the measured `levels` show: the most calls of a level within the limit
    /// before the first level beyond it (0 when the first is already beyond it).
    public static func ceiling(of levels: [HarnessCeiling.Level], limitMs: Double) -> HarnessCeiling {
        let within = levels.prefix { $0.jitterP99Ms <= limitMs }
        return HarnessCeiling(calls: within.map(\.calls).max() ?? 0, limitMs: limitMs, triedUpTo: levels.map(\.calls).max() ?? 0, levels: levels)
    }
}
