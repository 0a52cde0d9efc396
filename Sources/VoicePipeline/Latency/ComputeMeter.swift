import Foundation
import SimTime

/// Measures the real CPU time of a local engine call, for `measured` latency profiles.
/// This is the only clock the pipeline reads, and only when a profile asks for it.
public enum ComputeMeter {
    /// Runs `body`; returns its result and the CPU time this thread spent in it.
    public static func measure<T>(_ enabled: Bool, _ body: () throws -> T) rethrows -> (T, SimDuration) {
        guard enabled else { return (try body(), .zero) }
        let start = threadCPUTime()
        let value = try body()
        return (value, SimDuration(microseconds: max(0, threadCPUTime() - start)))
    }

    private static func threadCPUTime() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }
}
