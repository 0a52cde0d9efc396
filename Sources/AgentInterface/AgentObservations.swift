import AgentTools

/// What a scorer may see of an agent's call beyond the audio at the caller's ear: as
/// much of the agent's own record as it exposes. An in-process agent exposes every
/// stage; an agent elsewhere exposes what crosses the line.
public struct AgentObservations {
    /// The caller's speech as the agent perceived it, utterance by utterance (agent clock).
    public var utterances: [CallerUtterance]
    /// The agent's replies with the time of each stage (agent clock).
    public var replies: [AgentReply]
    /// Tool calls with their results, in order.
    public var toolCalls: [(ToolCall, ToolResult)]
    /// The tool whose successful call is an escalation, if the agent has one.
    public var handoffTool: String?
    /// A problem of the run's setup that stopped the agent (a request missing from a
    /// cassette): the call fails with it rather than being scored.
    public var stopError: (any Error)?
    /// What crossed the line, for an agent observed only from outside (nil for an agent
    /// whose own record is read).
    public var outside: OutsideView? = nil

    /// Creates observations.
    public init(utterances: [CallerUtterance] = [], replies: [AgentReply] = [], toolCalls: [(ToolCall, ToolResult)] = [],
                handoffTool: String? = nil, stopError: (any Error)? = nil) {
        self.utterances = utterances
        self.replies = replies
        self.toolCalls = toolCalls
        self.handoffTool = handoffTool
        self.stopError = stopError
    }
}
