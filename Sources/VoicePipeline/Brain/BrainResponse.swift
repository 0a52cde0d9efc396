import AgentTools
import SimTime

/// What a brain produced for one turn: text and tool calls in the order they happened.
public struct BrainResponse: Sendable {
    /// One step of a response.
    public enum Step: Sendable {
        /// Text to speak, streamed as tokens.
        case say(String)
        /// A tool was called with this result.
        case tool(ToolCall, ToolResult)
        /// Hand the caller to a human after the text so far has been spoken.
        case transfer(reason: String, summary: String)
        /// End the call after the text so far has been spoken.
        case hangUp
    }

    /// The steps, in order.
    public var steps: [Step]
    /// The intent the brain recognized in the caller's turn.
    public var intent: String?
    /// Measured timing of a real model, when the brain is a network service: the delay
    /// before each step, replacing the latency profile's numbers.
    public var measuredDelays: [SimDuration]?

    /// Creates a response.
    public init(steps: [Step], intent: String? = nil, measuredDelays: [SimDuration]? = nil) {
        self.steps = steps
        self.intent = intent
        self.measuredDelays = measuredDelays
    }

    /// All the text, joined.
    public var text: String {
        steps.compactMap { if case .say(let t) = $0 { t } else { nil } }.joined(separator: " ")
    }

    /// The tool calls, in order.
    public var toolCalls: [(ToolCall, ToolResult)] {
        steps.compactMap { if case .tool(let c, let r) = $0 { (c, r) } else { nil } }
    }
}
