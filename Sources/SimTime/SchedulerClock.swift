/// Where a `Scheduler`'s time comes from: the one seam between simulated and real-time
/// calls. Stages never see the clock, only the scheduler's `now`.
public enum SchedulerClock: Sendable, Equatable {
    /// Simulated time: `now` jumps from one event to the next and nothing ever waits, so
    /// a call is fully determined by its inputs (the default for in-process agents).
    case simulated
    /// Real time: each event runs when the machine's monotonic clock reaches its time,
    /// measured from when the scheduler was created (calls to agents that run elsewhere).
    case monotonic
}
