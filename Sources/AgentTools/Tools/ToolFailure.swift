/// A call that cannot be carried out; it becomes an error result with `message`, which
/// the brain sees as a real API's 4xx.
public struct ToolFailure: Error, Sendable {
    /// What went wrong, in words a model can act on.
    public let message: String
    /// Creates a failure.
    public init(_ message: String) { self.message = message }
}
