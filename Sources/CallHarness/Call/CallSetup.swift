import AgentInterface
import AgentTools
import CallScenario
import CallText
import SimTime

/// What a call loop gives an agent when a call starts.
struct CallSetup {
    /// The call's scheduler: its only clock.
    let scheduler: Scheduler
    /// The call's trace, shared by caller, line and agent.
    let trace: CallTrace
    /// The line's sample rate (8000 for G.711, else 16000).
    let lineSampleRate: Int
    /// The call's seed.
    let seed: UInt64
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
}

/// The backend of one call, kept for reading its final state once the call is over.
final class CallState {
    /// The call's backend, once the agent has made it.
    var backend: (any DomainBackend)?
}

/// An agent made ready for a run, which the call loop connects to once per call.
protocol CallableAgent: AnyObject, Sendable {
    /// The clock its calls run on.
    var clock: SchedulerClock { get }
    /// The latency profile of the simulated providers and network, nil when they are real.
    var simulatedLatency: LatencyProfile? { get }
    /// Today on the agent's calendar, for understanding its read-backs, if it has one.
    var today: CalendarDate? { get }
    /// How the simulated caller knows what the agent says: `.captions` needs an agent that
    /// publishes them with its audio; one that does not needs `.recognition(…)`.
    var listening: CallerListening { get }
    /// Connects one call; `close` releases what the call borrowed.
    func connect(_ setup: CallSetup) throws -> (agent: any CallAnswering, close: () -> Void)
}
