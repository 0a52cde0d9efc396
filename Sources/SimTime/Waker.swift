#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets a real-time `Scheduler` sleep until its next event's time and be woken early
/// when another thread posts to one of its inboxes.
final class Waker: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var woken = false

    init() {
        pthread_mutex_init(&mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(&condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    /// Wakes the waiting scheduler (or makes its next wait return at once).
    func wake() {
        pthread_mutex_lock(&mutex)
        woken = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Waits until `deadline` (monotonic microseconds; nil: no wait) or a wake-up,
    /// whichever comes first.
    func wait(until deadline: Int64?) {
        pthread_mutex_lock(&mutex)
        defer { woken = false; pthread_mutex_unlock(&mutex) }
        guard let deadline else { return }
        var until = timespec(tv_sec: Int(deadline / 1_000_000), tv_nsec: Int((deadline % 1_000_000) * 1000))
        while !woken && MonotonicClock.now() < deadline {
            if pthread_cond_timedwait(&condition, &mutex, &until) == ETIMEDOUT { break }
        }
    }
}
