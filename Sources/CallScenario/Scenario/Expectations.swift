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

    /// Creates expectations; the defaults check nothing.
    public init(completed: Bool? = nil, escalated: Bool? = nil, toolCalls: [ExpectedToolCall] = [], neverCalls: [String] = [],
                says: [String] = [], neverSays: [String] = [], entities: [String: String] = [:], budgets: Budgets = .init()) {
        self.completed = completed
        self.escalated = escalated
        self.toolCalls = toolCalls
        self.neverCalls = neverCalls
        self.says = says
        self.neverSays = neverSays
        self.entities = entities
        self.budgets = budgets
    }
}
