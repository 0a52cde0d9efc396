import CallScenario
import SimTime
import VoicePipeline

/// A `LatencyModel` drawing each stage's latency from a latency profile with the call's
/// seeded generator (or passing through the measured compute time where the profile
/// says `measured`).
struct ProfileLatency: LatencyModel {
    let profile: LatencyProfile
    var rng: SeededGenerator

    init(_ profile: LatencyProfile, seed: UInt64) {
        self.profile = profile
        self.rng = SeededGenerator(seed: seed)
    }

    private mutating func draw(_ distribution: LatencyDistribution, measured: SimDuration) -> SimDuration {
        distribution.sample(using: &rng) ?? measured
    }

    mutating func transportOneWay() -> SimDuration { draw(profile.transport.oneWayMs, measured: .zero) }
    mutating func sttFinal(measured: SimDuration) -> SimDuration { draw(profile.stt.finalMs, measured: measured) }
    mutating func firstToken(measured: SimDuration) -> SimDuration { draw(profile.llm.ttftMs, measured: measured) }
    var tokenInterval: SimDuration { .seconds(1 / profile.llm.tokensPerSecond) }
    mutating func ttsFirstByte(measured: SimDuration) -> SimDuration { draw(profile.tts.firstByteMs, measured: measured) }
    var ttsRealTimeFactor: Double { profile.tts.realTimeFactor }
    mutating func toolLatency(measured: SimDuration) -> SimDuration { draw(profile.tools.latencyMs, measured: measured) }
    mutating func toolLatency(for tool: String, measured: SimDuration) -> SimDuration { draw(profile.tools.latency(of: tool), measured: measured) }
    mutating func toolFails() -> Bool { profile.tools.failureRate > 0 && rng.nextUnit() < profile.tools.failureRate }

    var measures: Set<MeasuredStage> {
        var stages: Set<MeasuredStage> = []
        if profile.stt.finalMs == .measured { stages.insert(.stt) }
        if profile.llm.ttftMs == .measured { stages.insert(.brain) }
        if profile.tts.firstByteMs == .measured { stages.insert(.tts) }
        if profile.tools.latencyMs == .measured || profile.tools.perTool.values.contains(.measured) { stages.insert(.tools) }
        return stages
    }
}

/// A reference-typed box so the agent and the tool wrapper share one latency stream.
final class SharedLatency: LatencyModel {
    var base: ProfileLatency
    init(_ base: ProfileLatency) { self.base = base }
    func transportOneWay() -> SimDuration { base.transportOneWay() }
    func sttFinal(measured: SimDuration) -> SimDuration { base.sttFinal(measured: measured) }
    func firstToken(measured: SimDuration) -> SimDuration { base.firstToken(measured: measured) }
    var tokenInterval: SimDuration { base.tokenInterval }
    func ttsFirstByte(measured: SimDuration) -> SimDuration { base.ttsFirstByte(measured: measured) }
    var ttsRealTimeFactor: Double { base.ttsRealTimeFactor }
    func toolLatency(measured: SimDuration) -> SimDuration { base.toolLatency(measured: measured) }
    func toolLatency(for tool: String, measured: SimDuration) -> SimDuration { base.toolLatency(for: tool, measured: measured) }
    func toolFails() -> Bool { base.toolFails() }
    var measures: Set<MeasuredStage> { base.measures }
}
