import AgentTools
import CallImpairment
extension Scenario {
    /// The keys of a scenario file.
    public static let keys = ["id", "description", "tags", "agent", "caller", "line", "noise", "turns", "expect", "maxDurationMs", "toolFailures"]

    /// Decodes a scenario document; `file` is the document's file.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let idValue = try mapping.required("id")
        let id = try idValue.nonEmptyString()
        guard Self.isValidID(id) else {
            throw idValue.error("'\(id)' is not a valid id: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit")
        }
        var noise: [NoiseCondition] = []
        if let value = mapping.optional("noise") {
            let items = value.isList ? try value.list() : [value]
            for item in items { noise.append(try NoiseCondition(yaml: item)) }
        }
        let caller = try mapping.optional("caller", as: CallerProfile.init(yaml:)) ?? CallerProfile()
        var turns: [CallerTurn] = []
        // A caller with a goal needs no script: it answers what the agent asks from its facts.
        if let value = mapping.optional("turns") {
            for item in try value.list() { turns.append(try CallerTurn(yaml: item)) }
        } else if caller.goal == nil {
            throw ScenarioError(file: yaml.file, line: mapping.owner.line, key: "turns", message: "is required (or a caller.goal to act on)")
        }
        self.init(
            id: id,
            description: try mapping.optional("description")?.string(),
            tags: try mapping.optional("tags")?.nonEmptyStringList() ?? [],
            agent: try mapping.optional("agent")?.existingFile(),
            caller: caller,
            line: try mapping.optional("line", as: LineConfig.init(yaml:)) ?? LineConfig(),
            noise: noise,
            turns: turns,
            expect: try mapping.optional("expect", as: Expectations.init(yaml:)) ?? Expectations(),
            maxDurationMs: try mapping.optional("maxDurationMs")?.int(in: 5000...3_600_000) ?? 180_000,
            file: yaml.file)
        if let value = mapping.optional("toolFailures") {
            for (name, plan) in try value.mapping().entries { toolFailures[name] = try ToolFailurePlan(yaml: plan) }
        }
    }

    /// True for ids matching `^[a-z0-9][a-z0-9._-]*$`.
    public static func isValidID(_ id: String) -> Bool {
        let lowerOrDigit: (Character) -> Bool = { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        guard let first = id.first, lowerOrDigit(first) else { return false }
        return id.allSatisfy { lowerOrDigit($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }
}
