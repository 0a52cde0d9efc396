/// One node of a flow.
public struct FlowNode: Sendable {
    /// The node's id.
    public var id: String
    /// What it does.
    public var action: FlowAction

    /// Creates a node.
    public init(id: String, action: FlowAction) {
        self.id = id
        self.action = action
    }
}

/// What a flow node does. Text may contain templates: `{slot}` (the slot's value as
/// tools take it), `{slot.spoken}` (as the agent says it), `{result.path.to.field}` (the
/// last tool result; list items by index, `{result.alternatives.0.time}`).
public enum FlowAction: Sendable {
    /// Say something, then go on.
    case say(text: String, next: String)
    /// Optionally say a prompt, then wait for the caller and route on what it wants.
    case listen(Listen)
    /// Ask for a slot unless it is already filled; re-prompt when the answer does not parse.
    case ask(slot: String, prompt: String, reprompt: String, maxAttempts: Int, capture: [String], next: String, fallback: String)
    /// Ask a yes/no question; on "no", re-capture `capture` from the answer, going to
    /// `changed` (when given) if that changed a slot ("no, make it Friday"), else to `no`.
    case confirm(prompt: String, yes: String, no: String, changed: String?, capture: [String], reprompt: String, maxAttempts: Int, fallback: String)
    /// Call a tool with templated arguments (retrying a failing service up to `retries`
    /// times), then route on the result's `status` field (`outcomes`), or go to `next`; a
    /// request the tool refused goes to the `refused` outcome when there is one, other
    /// errors to `onError`.
    case tool(name: String, arguments: [String: String], outcomes: [String: String], next: String, onError: String, retries: Int)
    /// Route on a templated value; case keys may be templates too.
    case branch(value: String, cases: [String: String], otherwise: String)
    /// Fill slots from templated values (`{result.alternatives.0.time}`), then go on.
    case set(values: [String: String], next: String)
    /// Forget slots (to ask again), then go on.
    case clear(slots: [String], next: String)
    /// Say something, record a hand-off with `transfer_to_human`, and end the call.
    case transfer(text: String, reason: String)
    /// Say goodbye and hang up.
    case end(text: String)
}
