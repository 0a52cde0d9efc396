import AgentInterface
import AgentTools
import CallAudio
import CallImpairment
import SimTime
import VoicePipeline

/// Everything one simulated call produced, before scoring.
public struct CallResult {
    /// The scenario's id.
    public var scenarioID: String
    /// The call's own seed (derived from the run seed and the scenario id).
    public var seed: UInt64
    /// What the caller said (ground truth, caller clock).
    public var spoken: [SpokenTurn]
    /// Audible agent audio at the caller's ear, by reply id.
    public var heard: [Int: (first: SimInstant, last: SimInstant)]
    /// The words of each reply that reached the caller's ear, by reply id.
    public var heardText: [Int: String] = [:]
    /// The agent's utterances and replies (agent clock).
    public var utterances: [CallerUtterance]
    public var replies: [AgentReply]
    /// How the agent ended the call, if it did.
    public var ended: EndReason?
    /// The caller hung up at this time, if it did.
    public var callerHungUpAt: SimInstant?
    /// The call hit its maximum duration.
    public var timedOut: Bool
    /// Simulated length of the call.
    public var duration: SimDuration
    /// Every event.
    public var trace: [TraceEvent]
    /// Tool calls with results, in order.
    public var toolCalls: [(ToolCall, ToolResult)]
    /// The tool whose successful call is an escalation, if the agent's domain has one.
    public var handoffTool: String?
    /// Line statistics per direction.
    public var callerToAgent: LineStats
    public var agentToCaller: LineStats
    /// Frames each receiver concealed (agent side, caller side).
    public var concealedAtAgent: [SimInstant]
    public var concealedAtCaller: [SimInstant]
    /// Caller frame start → the start of the agent frame that played it (caller→agent path).
    public var arrivals: [Int64: Int64]
    /// Left: the caller's microphone; right: what the caller heard.
    public var recording: AudioBuffer
    /// The database the call left, when the agent's backend keeps one.
    public var finalState: CallFinalState? = nil
    /// The clock the call ran on.
    public var clock: SchedulerClock = .simulated
    /// What crossed the line, for an agent observed only from outside.
    public var outside: OutsideView? = nil
    /// How late each 20 ms tick of a real-time call ran, ms (empty in simulated time): the
    /// harness's own pacing, which a load test checks against its 5 ms limit.
    public var tickLatenessMs: [Double] = []
    /// The scenario's `expect.http` checks that did not hold, one line each (run after the call).
    public var httpFailures: [String] = []
}
