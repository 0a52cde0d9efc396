import AgentTools
import CallImpairment
/// One simulated call: who calls, over what line, in what noise, saying what, and what
/// must hold afterwards.
public struct Scenario: Sendable, Equatable {
    /// Unique id (`^[a-z0-9][a-z0-9._-]*$`).
    public var id: String
    /// What the call is about.
    public var description: String?
    /// Labels for selecting and grouping.
    public var tags: [String]
    /// The agent file to call (absolute path), or nil to use the run's default.
    public var agent: String?
    /// The caller's voice and habits.
    public var caller: CallerProfile
    /// The line conditions.
    public var line: LineConfig
    /// Background noises at the caller's microphone.
    public var noise: [NoiseCondition]
    /// What the caller does, in order (empty: a silent caller).
    public var turns: [CallerTurn]
    /// What must hold at the end.
    public var expect: Expectations
    /// The call is cut off after this long, in milliseconds.
    public var maxDurationMs: Int
    /// Failures injected into the agent's tools in this call, by tool name (in place of a
    /// declared tool's own `failures`).
    public var toolFailures: [String: ToolFailurePlan] = [:]
    /// The scenario file (absolute path; empty when built in code).
    public var file: String

    /// Creates a scenario.
    public init(id: String, description: String? = nil, tags: [String] = [], agent: String? = nil, caller: CallerProfile = .init(),
                line: LineConfig = .init(), noise: [NoiseCondition] = [], turns: [CallerTurn] = [], expect: Expectations = .init(),
                maxDurationMs: Int = 180_000, file: String = "") {
        self.id = id
        self.description = description
        self.tags = tags
        self.agent = agent
        self.caller = caller
        self.line = line
        self.noise = noise
        self.turns = turns
        self.expect = expect
        self.maxDurationMs = maxDurationMs
        self.file = file
    }
}
