import AgentTools
import SimTime

/// Wraps the brain's tools: injects the latency profile's failures (a seeded draw per
/// call) and, for `measured` profiles, records each call's compute time.
public final class MeteredTools: ToolProviding {
    let base: any ToolProviding
    let measure: Bool
    var failureDraw: () -> Bool
    private var compute: [String: SimDuration] = [:]
    /// Every call made, with its result, in order.
    public private(set) var log: [(ToolCall, ToolResult)] = []

    /// Wraps `base`; `fails` is asked before each call whether to inject a failure.
    public init(_ base: any ToolProviding, measure: Bool, fails: @escaping () -> Bool) {
        self.base = base
        self.measure = measure
        self.failureDraw = fails
    }

    public var definitions: [ToolDefinition] { base.definitions }

    public func call(_ call: ToolCall) -> ToolResult {
        let result: ToolResult
        if failureDraw() {
            result = .unavailable("service temporarily unavailable (injected fault)")
        } else {
            let (value, time) = ComputeMeter.measure(measure) { base.call(call) }
            compute[call.id] = time
            result = value
        }
        log.append((call, result))
        return result
    }

    func computeTime(for id: String) -> SimDuration? { compute[id] }

    func resetMeasurements() { compute.removeAll() }
}
