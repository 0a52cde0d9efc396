#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's monotonic clock, in microseconds: the one real clock callharness reads.
///
/// Simulated calls never read it. It serves real network I/O — the time a provider
/// really took to answer, measured and then charged in virtual time or stored in a
/// cassette — and real-time calls, whose `Scheduler` follows it instead of jumping from
/// event to event.
public enum MonotonicClock {
    /// Microseconds since an arbitrary fixed point (boot).
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }

    /// Waits `microseconds` of real time: a back-off before retrying a live request.
    /// Never called when a cassette is replayed.
    public static func wait(microseconds: Int64) {
        guard microseconds > 0 else { return }
        var request = timespec(tv_sec: Int(microseconds / 1_000_000), tv_nsec: Int((microseconds % 1_000_000) * 1000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
