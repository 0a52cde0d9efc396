/// What must hold at the end of a call for it to pass.
public struct Expectations: Sendable, Equatable {
    /// Whether the task must be completed (nil: not checked).
    public var completed: Bool?
    /// Whether the agent must hand off to a human (nil: not checked).
    public var escalated: Bool?
    /// Tool calls the agent must make, each with at least the given arguments.
    public var toolCalls: [ExpectedToolCall]
    /// Tools the agent must not call.
    public var neverCalls: [String]
    /// Phrases the agent must say.
    public var says: [String]
    /// Phrases the agent must not say.
    public var neverSays: [String]
    /// Entity values (names, dates, times, ids) that must reach tool arguments.
    public var entities: [String: String]
    /// Latency and accuracy limits.
    public var budgets: Budgets
    /// Criteria in words ("The agent read the appointment back before booking it") for a
    /// judge model to decide from what the caller heard and said; checked only in runs
    /// given a judge, on top of every deterministic check, never instead of one.
    public var judge: [String]
    /// The share of runs that must pass (0…1), for a scenario allowed to fail sometimes
    /// (a 0 dB street); nil: every run must pass.
    public var passRate: Double?
    /// How many runs (with derived seeds) the scenario gets in every run; nil: one, or
    /// `defaultRepeatWithPassRate` when it has a `passRate`.
    public var repeatCount: Int?
    /// Checks on the database the call leaves behind.
    public var state: [ExpectedState] = []
    /// Checks on the team's backend, fetched over HTTP after the call.
    public var http: [ExpectedHTTP] = []

    /// Runs of a scenario with a `passRate` and no `repeat`.
    public static let defaultRepeatWithPassRate = 10

    /// How many times the scenario runs in a run asked for `requested` repeats.
    public func runs(requested: Int) -> Int {
        max(requested, repeatCount ?? (passRate == nil ? 1 : Self.defaultRepeatWithPassRate))
    }

    /// Creates expectations; the defaults check nothing.
    public init(completed: Bool? = nil, escalated: Bool? = nil, toolCalls: [ExpectedToolCall] = [], neverCalls: [String] = [],
                says: [String] = [], neverSays: [String] = [], entities: [String: String] = [:], budgets: Budgets = .init(),
                judge: [String] = [], passRate: Double? = nil, repeatCount: Int? = nil) {
        self.completed = completed
        self.escalated = escalated
        self.toolCalls = toolCalls
        self.neverCalls = neverCalls
        self.says = says
        self.neverSays = neverSays
        self.entities = entities
        self.budgets = budgets
        self.judge = judge
        self.passRate = passRate
        self.repeatCount = repeatCount
    }
}
