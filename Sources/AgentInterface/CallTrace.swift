import SimTime

/// The ordered record of everything that happened in one call, on both sides.
public final class CallTrace {
    /// Events in the order they were recorded (which is time order: the scheduler runs in time order).
    public private(set) var events: [TraceEvent] = []

    /// Creates an empty trace.
    public init() {}

    /// Records an event.
    public func record(_ time: SimInstant, _ lane: TraceEvent.Lane, _ kind: String, _ text: String? = nil, _ data: [String: String] = [:]) {
        events.append(TraceEvent(time: time, lane: lane, kind: kind, text: text, data: data))
    }

    /// Events of one lane and kind.
    public func events(_ lane: TraceEvent.Lane, _ kind: String? = nil) -> [TraceEvent] {
        events.filter { $0.lane == lane && (kind == nil || $0.kind == kind) }
    }
}
