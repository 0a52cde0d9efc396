import AgentTools
import CallAudio
import CallImpairment
import CallScenario
import CallSpeech
import CallText
import Foundation
import SimTime
import VoicePipeline

/// Runs one scenario as one simulated call: caller, lines and agent, 20 ms at a time.
public struct CallRunner {
    /// The scenario to run.
    public let scenario: Scenario
    /// The agent under test, prepared once per run.
    public let agent: PreparedAgent
    /// The run's seed; the call derives its own from it, the scenario id and the sweep cell.
    public let runSeed: UInt64
    /// The sweep cell the call belongs to (its key), nil outside a sweep.
    public let cell: String?
    /// The call's own seed, when given outright rather than derived (a replay of a
    /// recorded call uses the seed that call had).
    public var callSeed: UInt64?

    static let frame = SimDuration.milliseconds(20)

    /// Creates a runner.
    public init(scenario: Scenario, agent: PreparedAgent, runSeed: UInt64, cell: String? = nil) {
        self.scenario = scenario
        self.agent = agent
        self.runSeed = runSeed
        self.cell = cell
    }

    /// The call's seed: `callSeed`, or derived from the run seed, the scenario id and the
    /// cell, so a subset, a shard or a parallel run reproduces the same call.
    public var seed: UInt64 {
        if let callSeed { return callSeed }
        return cell.map { Seed.derive(runSeed, scenario.id, $0) } ?? Seed.derive(runSeed, scenario.id)
    }

    /// Runs the call to its end (hang-up, transfer, caller done, or the time limit), with
    /// the scenario's simulated caller.
    public func run() throws -> CallResult {
        let scenario = self.scenario
        return try run { context in
            let noise = scenario.noise.isEmpty ? nil
                : try NoiseBed(scenario.noise, speechLevel: try CallerLevel.level(voice: scenario.caller.voice, sampleRate: context.sampleRate),
                               sampleRate: context.sampleRate, seed: context.seed)
            return CallerSimulator(scenario: scenario, sampleRate: context.sampleRate, noise: noise, trace: context.trace,
                                   readBack: ReadBackCheck(today: context.today), asked: context.asked, said: context.said)
        }
    }

    /// Runs the call with the caller `makeCaller` builds.
    func run(caller makeCaller: (CallerContext) throws -> any CallerEndpoint) throws -> CallResult {
        let seed = self.seed
        let scheduler = Scheduler()
        let trace = CallTrace()
        let latency = SharedLatency(ProfileLatency(agent.config.latency, seed: Seed.derive(seed, "latency")))
        let lineRate = scenario.line.codec == .mulaw ? 8000 : 16000

        let backend = try agent.makeBackend()
        let tools = MeteredTools(backend, measure: latency.measures.contains(.tools), fails: { latency.toolFails() })
        let brain = agent.makeBrain(tools: tools, backend: backend)
        let recognizer = try agent.borrowRecognizer(lineRate: lineRate)
        defer { agent.giveBack(recognizer) }
        let synthesizer = try agent.synthesizer()
        let voiceAgent = VoiceAgent(parameters: agent.config.pipelineParameters(lineRate: lineRate), scheduler: scheduler, trace: trace,
                                    latency: latency, recognizer: recognizer.recognizer, synthesizer: synthesizer,
                                    brain: brain, tools: tools)

        let toAgent = LinePath<SimInstant>(lineConfiguration(oneWay: latency.transportOneWay()), seed: Seed.derive(seed, "line", "in"))
        let toCaller = LinePath<Int>(lineConfiguration(oneWay: latency.transportOneWay()), seed: Seed.derive(seed, "line", "out"))
        let caller = try makeCaller(CallerContext(sampleRate: lineRate, seed: seed, trace: trace, today: agent.today, asked: { id in
            id >= 1 && id <= voiceAgent.replies.count ? voiceAgent.replies[id - 1].asks : nil
        }, said: { id in
            id >= 1 && id <= voiceAgent.replies.count ? voiceAgent.replies[id - 1].text : nil
        }))
        if recognizer.scripted { voiceAgent.scriptedTranscript = ScriptedTranscript(caller: caller, path: toAgent).text }

        var arrivals: [Int64: Int64] = [:]
        let limit = SimInstant.zero + .milliseconds(scenario.maxDurationMs)
        var finished: SimInstant?
        var timedOut = false

        scheduler.schedule(at: .zero) { voiceAgent.start() }
        func tick() {
            let now = scheduler.now
            let previous = now - Self.frame
            if now > .zero {
                // Nothing reaches the agent until the line delivers its first frame.
                if let heardByAgent = toAgent.receive(at: previous) {
                    if let sent = heardByAgent.tag { arrivals[sent.microseconds] = previous.microseconds }
                    voiceAgent.receive(heardByAgent.samples, frameStart: previous)
                }
            }
            let out = voiceAgent.nextFrame()
            toCaller.send(out.samples, tag: out.replyID, at: now + Self.frame)
            if now > .zero { caller.hear(toCaller.receive(at: previous), start: previous) }
            let mic = caller.nextMicFrame(start: now)
            toAgent.send(mic, tag: now, at: now + Self.frame)

            let drain = SimDuration.milliseconds(600) + toCaller.configuration.delay + toCaller.depth
            if caller.hungUpAt != nil || (voiceAgent.endedAt.map { now >= $0 + drain } ?? false) {
                finished = now
            } else if now >= limit {
                timedOut = true
                finished = now
            } else {
                scheduler.schedule(after: Self.frame, tick)
            }
        }
        scheduler.schedule(at: .zero, tick)
        scheduler.runUntilIdle(limit: limit + .seconds(5))
        try agent.check(brain, recognizer: recognizer, synthesizer: synthesizer)

        let end = finished ?? scheduler.now
        let mic = AudioBuffer(samples: caller.micRecording, sampleRate: lineRate)
        let ear = AudioBuffer(samples: caller.earRecording, sampleRate: lineRate)
        return CallResult(scenarioID: scenario.id, seed: seed, spoken: caller.spoken, heard: caller.heard,
                          utterances: voiceAgent.utterances, replies: voiceAgent.replies, ended: voiceAgent.ended,
                          callerHungUpAt: caller.hungUpAt, timedOut: timedOut, duration: end - .zero, trace: trace.events,
                          toolCalls: tools.log, appointments: backend.appointments(), callerToAgent: toAgent.stats,
                          agentToCaller: toCaller.stats, concealedAtAgent: toAgent.concealedFrames,
                          concealedAtCaller: toCaller.concealedFrames, arrivals: arrivals, recording: .interleaving([mic, ear]))
    }

    private func lineConfiguration(oneWay: SimDuration) -> LineConfiguration {
        let line = scenario.line
        let codec: LineConfiguration.Codec = switch line.codec {
        case .pcm16: .pcm16
        case .mulaw: .mulaw
        case .opus: .opus
        }
        var c = LineConfiguration(codec: codec, delay: oneWay + .milliseconds(line.delayMs))
        c.opusBitrate = line.opusBitrateKbps * 1000
        c.jitterMs = Double(line.jitterMs)
        c.jitterShape = line.jitterDistribution == .pareto ? .pareto : .normal
        switch line.loss {
        case nil: c.loss = nil
        case .bernoulli(let rate)?: c.loss = .bernoulli(rate: rate)
        case .gilbert(let p, let r, let bad, let good)?: c.loss = .gilbert(p: p, r: r, lossInBad: bad, lossInGood: good)
        }
        c.reorder = line.reorder
        c.jitterBuffer = line.jitterBuffer.mode == .adaptive ? .adaptive : .fixed
        c.bufferDepth = .milliseconds(line.jitterBuffer.depthMs)
        c.maxBufferDepth = .milliseconds(line.jitterBuffer.maxDepthMs)
        c.concealment = switch line.concealment {
        case .repeat: .repeat
        case .noise: .noise
        case .silence: .silence
        }
        return c
    }
}
