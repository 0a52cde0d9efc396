import AgentTools
/// A hand-off of the call to a human colleague.
public struct Transfer: Hashable, Sendable {
    /// "T-0001".
    public let ticket: String
    /// Why the call was handed off.
    public let reason: String
    /// The agent's summary of the call for the colleague.
    public let summary: String

    /// Creates a transfer record.
    public init(ticket: String, reason: String, summary: String) {
        self.ticket = ticket
        self.reason = reason
        self.summary = summary
    }
}
