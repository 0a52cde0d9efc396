import SimTime

/// One thing that happened in a call, stamped with simulated time.
public struct TraceEvent: Sendable, Equatable, Codable {
    /// Where it happened; the report's timeline draws one lane per value.
    public enum Lane: String, Sendable, Codable, CaseIterable {
        case caller, line, vad, endpoint, stt, brain, tool, tts, playout, agent
    }

    /// When it happened.
    public var time: SimInstant
    /// Which lane.
    public var lane: Lane
    /// What happened (`speech.start`, `partial`, `final`, `tool.call`, …).
    public var kind: String
    /// Free text (a transcript, a sentence, a tool name).
    public var text: String?
    /// Extra facts as text (ids, durations).
    public var data: [String: String]

    /// Creates an event.
    public init(time: SimInstant, lane: Lane, kind: String, text: String? = nil, data: [String: String] = [:]) {
        self.time = time
        self.lane = lane
        self.kind = kind
        self.text = text
        self.data = data
    }
}
