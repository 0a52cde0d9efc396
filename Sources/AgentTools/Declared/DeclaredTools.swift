/// One call's tools: those the agent file declares, run by their implementations against
/// the call's backend, in front of the tools the backend's domain has in Swift (a declared
/// tool of the same name replaces the domain's). Any call may be failed on purpose by its
/// tool's `ToolFailurePlan`; a declared tool's call is then checked against its schema.
public final class DeclaredTools: ToolProviding {
    private let declared: [DeclaredTool]
    private let byName: [String: DeclaredTool]
    private let base: any ToolProviding
    private let context: ToolContext
    private let faults: ToolFaults

    /// The tools `declared` in front of `base`, run with `context`, failing as `faults` says.
    public init(_ declared: [DeclaredTool], base: any ToolProviding, context: ToolContext, faults: ToolFaults) {
        self.declared = declared
        self.byName = Dictionary(declared.map { ($0.definition.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.base = base
        self.context = context
        self.faults = faults
    }

    /// The domain's tools (less those declared again), then the declared ones in file order.
    public var definitions: [ToolDefinition] {
        base.definitions.filter { byName[$0.name] == nil } + declared.map(\.definition)
    }

    /// A problem of the run's setup a tool ran into (the call should fail with it).
    public var stopError: (any Error)? { context.stop.error }

    public func call(_ call: ToolCall) -> ToolResult {
        guard let tool = byName[call.name] else {
            guard base.definitions.contains(where: { $0.name == call.name }) else {
                let names = definitions.map(\.name).joined(separator: ", ")
                return .error("there is no tool named '\(call.name)'; the tools are \(names)")
            }
            return faults.fails(call.name) ? .unavailable(ToolFaults.message) : base.call(call)
        }
        if faults.fails(call.name) { return .unavailable(ToolFaults.message) }
        do {
            let arguments = try ArgumentCheck.check(call, against: tool.definition)
            return tool.implementation.run(call, arguments: arguments, context: context)
        } catch {
            return .error(error.message)
        }
    }
}
