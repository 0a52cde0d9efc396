import AgentTools

/// Where a flow conversation stands; small enough to snapshot per turn.
struct FlowState {
    /// The node waiting for the caller (a listen, ask or confirm), nil once the call ended.
    var waiting: String?
    /// Failed attempts at the waiting node.
    var attempts = 0
    /// Silences in a row.
    var silences = 0
    /// The last thing said was the no-input prompt ("Are you still there?").
    var askedIfThere = false
    /// Filled slots.
    var slots: [String: SlotValue] = [:]
    /// The last tool result.
    var result: JSONValue = .null
    /// The caller's intent, once recognized.
    var intent: String?
    /// What the caller said, turn by turn.
    var transcript: [String] = []
    /// Ids of tool calls made (for unique call ids).
    var toolCalls = 0
}
