import Foundation

/// The monotonic clock of the machine, in microseconds.
///
/// Simulated code never reads a clock. This one exists for real network I/O only: the
/// time a provider really took to answer is measured here and then injected into
/// virtual time (as a measured latency, or stored in a cassette for replay).
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
