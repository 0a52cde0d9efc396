/// The agent's brain: turns finished caller transcripts into what to say and which tools
/// to call. A flow engine and an LLM client both conform.
public protocol ResponseGenerating: AnyObject {
    /// What the agent says when the call connects.
    func greet() -> BrainResponse
    /// The reply to a finished caller turn (the final transcript).
    func respond(to transcript: String) -> BrainResponse
    /// The caller has said nothing for a while after the agent finished speaking;
    /// `heardSound` when sound came meanwhile but no words could be made of it (a noisy line).
    func noInput(heardSound: Bool) -> BrainResponse
    /// The brain's state, to undo a reply that was cancelled before any of it was heard
    /// (the caller went on speaking).
    func snapshot() -> BrainSnapshot
    /// Restores a snapshot.
    func restore(_ snapshot: BrainSnapshot)
}

/// An opaque saved state of a brain.
public struct BrainSnapshot: @unchecked Sendable {
    let value: Any
    /// Wraps a brain's own state value.
    public init(_ value: Any) { self.value = value }
    /// The wrapped state, if it has the expected type.
    public func get<T>(_ type: T.Type = T.self) -> T? { value as? T }
}
