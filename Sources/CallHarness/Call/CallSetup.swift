import AgentInterface
import AgentTools
import CallScenario
import CallText
import SimTime

/// What a call loop gives an agent when a call starts.
public struct CallSetup {
    /// The call's scheduler: its only clock.
    public let scheduler: Scheduler
    /// The call's trace, shared by caller, line and agent.
    public let trace: CallTrace
    /// The line's sample rate (8000 for G.711, else 16000).
    public let lineSampleRate: Int
    /// The call's seed.
    public let seed: UInt64
    /// The simulated providers' and network's latency for this call (shared with the
    /// line's transport delay), nil for an agent on real time.
    let latency: SharedLatency?
    /// The named `scripted` STT oracle: the caller's own words for the agent-side speech
    /// segment `[start, end]`, for agents configured to use it.
    let transcriptOracle: (SimInstant, SimInstant) -> String
    /// Failures the scenario injects into the agent's tools, by tool name.
    var toolFailures: [String: ToolFailurePlan] = [:]
    /// Where the agent leaves the call's backend, whose database the scorer reads after the call.
    let state = CallState()

    /// A setup for a call that comes from elsewhere (a caller on a media-stream socket):
    /// the agent's providers keep their profile's latencies, its recognizer is its own.
    public init(scheduler: Scheduler, trace: CallTrace, lineSampleRate: Int, seed: UInt64) {
        self.init(scheduler: scheduler, trace: trace, lineSampleRate: lineSampleRate, seed: seed, latency: nil, transcriptOracle: { _, _ in "" })
    }

    init(scheduler: Scheduler, trace: CallTrace, lineSampleRate: Int, seed: UInt64, latency: SharedLatency?,
         transcriptOracle: @escaping (SimInstant, SimInstant) -> String) {
        self.scheduler = scheduler
        self.trace = trace
        self.lineSampleRate = lineSampleRate
        self.seed = seed
        self.latency = latency
        self.transcriptOracle = transcriptOracle
    }
}

/// The backend of one call, kept for reading its final state once the call is over.
final class CallState {
    /// The call's backend, once the agent has made it.
    var backend: (any DomainBackend)?
}

/// An agent made ready for a run, which the call loop connects to once per call: the
/// in-process pipeline (`PreparedAgent`) or an agent reached elsewhere.
public protocol CallableAgent: AnyObject, Sendable {
    /// The configuration it was made from.
    var config: AgentConfig { get }
    /// The clock its calls run on.
    var clock: SchedulerClock { get }
    /// The latency profile of the simulated providers and network, nil when they are real.
    var simulatedLatency: LatencyProfile? { get }
    /// Today on the agent's calendar, for understanding its read-backs, if it has one.
    var today: CalendarDate? { get }
    /// How the simulated caller knows what the agent says: `.captions` needs an agent that
    /// publishes them with its audio; one that does not needs `.recognition(…)`.
    var listening: CallerListening { get }
    /// The longest a call may last, when the agent sets a limit of its own (ms).
    var callTimeLimitMs: Int? { get }
    /// Words of the agent's domain its recognizer cannot pronounce (reported, not fatal).
    var unpronounceable: [String] { get }
    /// The rate the agent's own audio is carried at when it is narrower than the line's
    /// (an agent reached over an 8 kHz telephone stream); nil when the line's rate holds.
    var audioSampleRate: Int? { get }
    /// Connects one call; `close` releases what the call borrowed. A call that cannot be
    /// connected for reasons of the line (the agent unreachable) is still a call, which
    /// fails with the reason; a throw stops the whole run.
    func connect(_ setup: CallSetup) throws -> (agent: any CallAnswering, close: () -> Void)
}

extension CallableAgent {
    /// No limit of its own.
    public var callTimeLimitMs: Int? { nil }
    /// Audio at the line's rate.
    public var audioSampleRate: Int? { nil }
}
