import SimTime

/// Constant latencies: for tests and analytic checks.
public struct FixedLatency: LatencyModel {
    public var transport: SimDuration
    public var stt: SimDuration
    public var ttft: SimDuration
    public var tokenInterval: SimDuration
    public var tts: SimDuration
    public var ttsRealTimeFactor: Double
    public var tool: SimDuration
    public var measures: Set<MeasuredStage> { [] }

    /// Creates a model; every value defaults to zero (tokens 10 ms apart, TTS 10× real time).
    public init(transport: SimDuration = .zero, stt: SimDuration = .zero, ttft: SimDuration = .zero,
                tokenInterval: SimDuration = .milliseconds(10), tts: SimDuration = .zero,
                ttsRealTimeFactor: Double = 0.1, tool: SimDuration = .zero) {
        self.transport = transport
        self.stt = stt
        self.ttft = ttft
        self.tokenInterval = tokenInterval
        self.tts = tts
        self.ttsRealTimeFactor = ttsRealTimeFactor
        self.tool = tool
    }

    public mutating func transportOneWay() -> SimDuration { transport }
    public mutating func sttFinal(measured: SimDuration) -> SimDuration { stt }
    public mutating func firstToken(measured: SimDuration) -> SimDuration { ttft }
    public mutating func ttsFirstByte(measured: SimDuration) -> SimDuration { tts }
    public mutating func toolLatency(measured: SimDuration) -> SimDuration { tool }
    public mutating func toolFails() -> Bool { false }
}
