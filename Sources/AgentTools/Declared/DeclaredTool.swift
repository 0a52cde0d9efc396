/// A tool an agent file declares: its definition as a model sees it, its implementation,
/// the failures to inject into it, and whether it hands the caller to a person.
public struct DeclaredTool: Sendable {
    /// Name, description and JSON Schema of the arguments.
    public var definition: ToolDefinition
    /// What runs a call.
    public var implementation: any ToolImplementation
    /// Failures injected into its calls, if any.
    public var failures: ToolFailurePlan?
    /// True for the tool that hands the caller to a person (a successful call is an
    /// escalation; a flow's transfer node calls it with `reason` and `summary`).
    public var handoff: Bool

    /// Creates a declared tool.
    public init(definition: ToolDefinition, implementation: any ToolImplementation, failures: ToolFailurePlan? = nil,
                handoff: Bool = false) {
        self.definition = definition
        self.implementation = implementation
        self.failures = failures
        self.handoff = handoff
    }
}
