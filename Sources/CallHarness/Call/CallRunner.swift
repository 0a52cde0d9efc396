import AgentInterface
import CallAudio
import CallImpairment
import CallScenario
import CallSpeech
import Foundation
import SimTime

/// Runs one scenario as one call: the caller, the two directions of the line and the
/// agent, 20 ms at a time, on the agent's clock. The loop reaches the agent only through
/// `CallAnswering` — audio in and out, keypad, hang-up — and scores what it observes.
public struct CallRunner {
    /// The scenario to run.
    public let scenario: Scenario
    /// The agent under test, prepared once per run.
    public let agent: any CallableAgent
    /// The run's seed; the call derives its own from it, the scenario id and the sweep cell.
    public let runSeed: UInt64
    /// The sweep cell the call belongs to (its key), nil outside a sweep.
    public let cell: String?
    /// The call's own seed, when given outright rather than derived (a replay of a
    /// recorded call uses the seed that call had).
    public var callSeed: UInt64?

    static let frame = SimDuration.milliseconds(20)

    /// Creates a runner.
    public init(scenario: Scenario, agent: any CallableAgent, runSeed: UInt64, cell: String? = nil) {
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
    /// the scenario's simulated caller, then checks the team's backend as `expect.http` asks.
    public func run() throws -> CallResult {
        let scenario = self.scenario
        var result = try run { context in
            let noise = scenario.noise.isEmpty ? nil
                : try NoiseBed(scenario.noise, speechLevel: try CallerLevel.level(voice: scenario.caller.voice, sampleRate: context.sampleRate),
                               sampleRate: context.sampleRate, seed: context.seed)
            return CallerSimulator(scenario: scenario, sampleRate: context.sampleRate, noise: noise, trace: context.trace,
                                   readBack: ReadBackCheck(today: context.today), seed: context.seed, recognizing: context.recognizing)
        }
        result.httpFailures = HTTPCheck(checks: scenario.expect.http).failures()
        return result
    }

    /// Runs the call with the caller `makeCaller` builds.
    func run(caller makeCaller: (CallerContext) throws -> any CallerEndpoint) throws -> CallResult {
        let seed = self.seed
        let scheduler = Scheduler(clock: agent.clock)
        let realTime = scheduler.clock == .monotonic
        let trace = CallTrace()
        let latency = agent.simulatedLatency.map { SharedLatency(ProfileLatency($0, seed: Seed.derive(seed, "latency"))) }
        let lineRate = scenario.line.codec == .mulaw ? 8000 : 16000

        var oracle: ScriptedTranscript?
        var setup = CallSetup(scheduler: scheduler, trace: trace, lineSampleRate: lineRate, seed: seed, latency: latency,
                              transcriptOracle: { start, end in oracle?.text(start, end) ?? "" })
        setup.toolFailures = scenario.toolFailures
        let (voiceAgent, close) = try agent.connect(setup)
        defer { close() }

        let toAgent = LinePath<SimInstant>(scenario.line, transport: latency?.transportOneWay() ?? .zero, seed: Seed.derive(seed, "line", "in"))
        let toCaller = LinePath<AgentCaption>(scenario.line, transport: latency?.transportOneWay() ?? .zero, seed: Seed.derive(seed, "line", "out"))
        // A caller that recognizes what it hears borrows its own recognizer for the call.
        var earRecognizer: PocketSphinxRecognizer?
        if case .recognition(let recognition) = agent.listening {
            earRecognizer = try RecognizerPool.shared.borrow(lineRate == 8000 ? recognition.configuration.forTelephone : recognition.configuration)
        }
        // In real time the ear recognizes on a thread of its own, so the call's 20 ms ticks never wait for it.
        let recognizing = earRecognizer.map { RecognizingEar(recognizer: $0, sampleRate: lineRate, inBackground: realTime) }
        defer {
            recognizing?.finish()
            earRecognizer.map(RecognizerPool.shared.giveBack)
        }
        let caller = try makeCaller(CallerContext(sampleRate: lineRate, seed: seed, trace: trace, today: agent.today, recognizing: recognizing))
        oracle = ScriptedTranscript(caller: caller, path: toAgent)

        // A real-time call starts once the agent is connected and the caller ready (its
        // recognizer loaded), however long that took: setting up is not a late tick.
        scheduler.restartClock()

        var arrivals: [Int64: Int64] = [:]
        let limit = SimInstant.zero + .milliseconds(min(scenario.maxDurationMs, agent.callTimeLimitMs ?? .max))
        var finished: SimInstant?
        var timedOut = false
        // In real time, how late each 20 ms tick ran: the harness's own pacing.
        var lateness: [Double] = []

        scheduler.schedule(at: .zero) { voiceAgent.answer() }
        func tick() {
            let now = scheduler.now
            if realTime { lateness.append(max(0, (scheduler.clockTime - now).milliseconds)) }
            let previous = now - Self.frame
            if now > .zero {
                // Nothing reaches the agent until the line delivers its first frame.
                if let heardByAgent = toAgent.receive(at: previous) {
                    if let sent = heardByAgent.tag { arrivals[sent.microseconds] = previous.microseconds }
                    voiceAgent.receive(heardByAgent.samples, frameStart: previous)
                }
            }
            let out = voiceAgent.nextFrame()
            toCaller.send(out.samples, tag: out.caption, at: now + Self.frame)
            if now > .zero { caller.hear(toCaller.receive(at: previous), start: previous) }
            let mic = caller.nextMicFrame(start: now)
            toAgent.send(mic, tag: now, at: now + Self.frame)

            let drain = SimDuration.milliseconds(600) + toCaller.delay + toCaller.depth
            if let hungUp = caller.hungUpAt {
                voiceAgent.callerHungUp(at: hungUp)
                finished = now
            } else if voiceAgent.ending.map({ now >= $0.at + drain }) ?? false {
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
        let observed = voiceAgent.observations()
        if let error = observed.stopError { throw error }

        let end = finished ?? scheduler.now
        let mic = AudioBuffer(samples: caller.micRecording, sampleRate: lineRate)
        let ear = AudioBuffer(samples: caller.earRecording, sampleRate: lineRate)
        var result = CallResult(scenarioID: scenario.id, seed: seed, spoken: caller.spoken, heard: caller.heard, heardText: caller.heardText,
                          utterances: observed.utterances, replies: observed.replies, ended: voiceAgent.ending?.reason,
                          callerHungUpAt: caller.hungUpAt, timedOut: timedOut, duration: end - .zero, trace: trace.events,
                          toolCalls: observed.toolCalls, handoffTool: observed.handoffTool, callerToAgent: toAgent.stats,
                          agentToCaller: toCaller.stats, concealedAtAgent: toAgent.concealedFrames,
                          concealedAtCaller: toCaller.concealedFrames, arrivals: arrivals, recording: .interleaving([mic, ear]))
        result.finalState = try CallFinalState(setup.state.backend)
        result.clock = agent.clock
        result.outside = observed.outside
        result.tickLatenessMs = lateness
        return result
    }
}
