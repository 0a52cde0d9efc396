/// What a stretch of agent audio says, by the agent's own account: it travels with the
/// audio over the line, so only what reaches the caller's ear is known there. An
/// in-process agent publishes captions; audio from an agent elsewhere has none.
public struct AgentCaption: Sendable, Hashable {
    /// The reply the audio belongs to (1, 2, …).
    public var reply: Int
    /// The reply's words.
    public var text: String
    /// The slot the reply asks the caller for, when the agent says so.
    public var asks: String?

    /// Creates a caption.
    public init(reply: Int, text: String, asks: String?) {
        self.reply = reply
        self.text = text
        self.asks = asks
    }
}
