import SimTime

/// The simulated time each provider takes. Implementations draw from seeded
/// distributions, or return the `measured` compute time they are given.
public protocol LatencyModel {
    /// One-way transport between caller and agent, per direction, drawn once per call.
    mutating func transportOneWay() -> SimDuration
    /// Time after the end of speech reaches the recognizer until its final transcript.
    mutating func sttFinal(measured: SimDuration) -> SimDuration
    /// Time from a request to the model's first token.
    mutating func firstToken(measured: SimDuration) -> SimDuration
    /// Time between streamed tokens.
    var tokenInterval: SimDuration { get }
    /// Time from a sentence to its first synthesized audio.
    mutating func ttsFirstByte(measured: SimDuration) -> SimDuration
    /// Generation time per second of synthesized audio (0.2 = five times faster than real time).
    var ttsRealTimeFactor: Double { get }
    /// Time a tool call takes.
    mutating func toolLatency(measured: SimDuration) -> SimDuration
    /// Time a call of the tool named `tool` takes (by default, any tool's).
    mutating func toolLatency(for tool: String, measured: SimDuration) -> SimDuration
    /// Whether the next tool call fails (injected fault).
    mutating func toolFails() -> Bool
    /// Which stages want real compute time measured.
    var measures: Set<MeasuredStage> { get }
}

extension LatencyModel {
    /// Every tool takes what `toolLatency(measured:)` says.
    public mutating func toolLatency(for tool: String, measured: SimDuration) -> SimDuration { toolLatency(measured: measured) }
}

/// Stages whose latency can be the real compute time of a local engine.
public enum MeasuredStage: String, Sendable, Hashable, CaseIterable {
    case stt, brain, tts, tools
}
