/// A single-threaded discrete-event scheduler: the only clock a call's stages have.
///
/// Events run in order of their time, and events at the same time in the order they were
/// scheduled (a sequence number breaks ties). Running an event advances `now` to its time.
/// With the `.simulated` clock (the default) nothing ever waits, so a call is fully
/// determined by its inputs. With the `.monotonic` clock the same loop waits for the
/// machine's clock to reach each event's time, and other threads can post messages into
/// its inboxes (`makeInbox(_:)`) — one loop, two clocks, in the manner of SwiftNIO's embedded and real event
/// loops.
public final class Scheduler {
    /// Identifies a scheduled event so it can be cancelled.
    public struct Token: Hashable, Sendable {
        fileprivate let sequence: UInt64
    }

    private struct Event {
        let time: SimInstant
        let sequence: UInt64
        let action: () -> Void

        func precedes(_ other: Event) -> Bool {
            time != other.time ? time < other.time : sequence < other.sequence
        }
    }

    private var heap: [Event] = []
    private var cancelled: Set<UInt64> = []
    private var nextSequence: UInt64 = 0

    /// The current simulated time: the time of the event running now, or of the last one.
    public private(set) var now: SimInstant = .zero

    /// Number of events run so far.
    public private(set) var eventsRun = 0

    /// Where time comes from.
    public let clock: SchedulerClock
    private let waker = Waker()
    /// Takes each inbox's posted messages and schedules them; true when there were any.
    private var drains: [() -> Bool] = []
    /// The monotonic clock's reading at time zero (real-time runs).
    private var origin: Int64
    private var stopped = false

    /// Creates a scheduler at time zero; a `.monotonic` one starts its clock now.
    public init(clock: SchedulerClock = .simulated) {
        self.clock = clock
        origin = clock == .monotonic ? MonotonicClock.now() : 0
    }

    /// Restarts a real-time scheduler's time zero at the clock's reading now, so a call
    /// that took a while to set up (a connection, say) starts at zero. Only before any
    /// event has run; a simulated scheduler ignores it.
    public func restartClock() {
        guard clock == .monotonic, eventsRun == 0 else { return }
        origin = MonotonicClock.now()
    }

    /// Stops the scheduler: once the event running now returns, no other runs and the run
    /// loops return (a served call that ended while its agent still had timers set).
    public func stop() { stopped = true }

    /// A thread-safe inbox whose messages `handle` receives on this scheduler's thread, at
    /// the time they arrive (real-time runs: what a socket's reader thread receives).
    public func makeInbox<Message: Sendable>(_ handle: @escaping (Message) -> Void) -> Inbox<Message> {
        let inbox = Inbox<Message>(waker: waker)
        drains.append { [unowned self] in
            let messages = inbox.take()
            for message in messages { schedule(at: clockTime) { handle(message) } }
            return !messages.isEmpty
        }
        return inbox
    }

    /// The clock's own reading: `now` in simulated runs; the monotonic time since zero in
    /// real-time runs, which is later than `now` by however late the current event runs.
    public var clockTime: SimInstant {
        clock == .monotonic ? SimInstant(microseconds: MonotonicClock.now() - origin) : now
    }

    /// Number of events waiting (cancelled ones included until they surface).
    public var pendingCount: Int { heap.count }

    /// Schedules `action` at `time` (at `now` if `time` is in the past).
    @discardableResult
    public func schedule(at time: SimInstant, _ action: @escaping () -> Void) -> Token {
        let event = Event(time: max(time, now), sequence: nextSequence, action: action)
        nextSequence += 1
        push(event)
        return Token(sequence: event.sequence)
    }

    /// Schedules `action` after `delay` from now.
    @discardableResult
    public func schedule(after delay: SimDuration, _ action: @escaping () -> Void) -> Token {
        schedule(at: now + delay, action)
    }

    /// Cancels an event that has not run yet; cancelling one that ran is harmless.
    public func cancel(_ token: Token) {
        cancelled.insert(token.sequence)
    }

    /// Runs events in order until none is left at or before `deadline`; `now` ends at
    /// `deadline` (or at the last event's time when it is later than every event).
    public func run(until deadline: SimInstant) {
        while let first = nextEvent(), first.time <= deadline {
            runNext()
        }
        if now < deadline { now = deadline }
    }

    /// Runs events until none is left or `limit` is reached; returns false if it stopped at the limit.
    @discardableResult
    public func runUntilIdle(limit: SimInstant? = nil) -> Bool {
        while let first = nextEvent() {
            if let limit, first.time > limit { now = max(now, limit); return false }
            runNext()
        }
        return true
    }

    /// The next event to run. In real time it first waits until the clock reaches that
    /// event's time, taking in whatever is posted meanwhile (a posted message is handled
    /// at the time it arrived, so it may come first).
    private func nextEvent() -> Event? {
        guard !stopped else { return nil }
        guard clock == .monotonic else { return heap.first }
        while !stopped {
            var posted = false
            for drain in drains { posted = drain() || posted }
            guard let first = heap.first else { return nil }
            let due = origin + first.time.microseconds
            if posted || MonotonicClock.now() >= due { return first }
            waker.wait(until: due)
        }
        return nil
    }

    private func runNext() {
        let event = pop()
        if cancelled.remove(event.sequence) != nil { return }
        now = event.time
        eventsRun += 1
        event.action()
    }

    // MARK: - Binary heap ordered by (time, sequence)

    private func push(_ event: Event) {
        heap.append(event)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func pop() -> Event {
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var first = parent
                if left < heap.count && heap[left].precedes(heap[first]) { first = left }
                if right < heap.count && heap[right].precedes(heap[first]) { first = right }
                if first == parent { break }
                heap.swapAt(parent, first)
                parent = first
            }
        }
        return top
    }
}
