/// Failures injected into a tool's calls, as a service that is down or flaky would fail:
/// each failing call gives an `unavailable` result (worth retrying) and does nothing.
public enum ToolFailurePlan: Sendable, Hashable {
    /// Each call fails with this probability (0…1), drawn from the call's seeded generator.
    case rate(Double)
    /// The first `n` calls of the tool in each call fail, the rest succeed.
    case first(Int)
}
