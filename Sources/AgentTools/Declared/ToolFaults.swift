/// The injected failures of one call's tools: which tool fails when, by each tool's
/// `ToolFailurePlan`, with draws from the call's seeded generator.
public final class ToolFaults {
    /// The message of an injected failure.
    public static let message = "service temporarily unavailable (injected fault)"

    private let plans: [String: ToolFailurePlan]
    private let random: () -> Double
    private var calls: [String: Int] = [:]

    /// Faults by tool name; `random` gives uniform draws in [0, 1) from the call's seed.
    public init(plans: [String: ToolFailurePlan], random: @escaping () -> Double) {
        self.plans = plans
        self.random = random
    }

    /// Whether this call of `tool` fails. A tool without a plan never draws, so adding a
    /// plan for one tool does not change another's.
    public func fails(_ tool: String) -> Bool {
        guard let plan = plans[tool] else { return false }
        let number = calls[tool, default: 0] + 1
        calls[tool] = number
        switch plan {
        case .first(let n): return number <= n
        case .rate(let p): return p > 0 && random() < p
        }
    }
}
