extension Expectations {
    /// The keys of `expect`.
    public static let keys = ["completed", "escalated", "toolCalls", "neverCalls", "says", "neverSays", "entities", "budgets", "judge", "passRate", "repeat", "state", "http"]

    /// Decodes `expect`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        var toolCalls: [ExpectedToolCall] = []
        if let value = mapping.optional("toolCalls") {
            for item in try value.list() { toolCalls.append(try ExpectedToolCall(yaml: item)) }
        }
        var neverCalls: [String] = []
        if let value = mapping.optional("neverCalls") {
            let items = value.isList ? try value.list() : [value]
            for item in items { neverCalls.append(try ExpectedToolCall.toolName(item, try item.nonEmptyString())) }
        }
        var entities: [String: String] = [:]
        if let value = mapping.optional("entities") {
            for (name, text) in try value.stringMapping() { entities[name] = text }
        }
        self.init(
            completed: try mapping.optional("completed")?.bool(),
            escalated: try mapping.optional("escalated")?.bool(),
            toolCalls: toolCalls,
            neverCalls: neverCalls,
            says: try mapping.optional("says")?.nonEmptyStringList() ?? [],
            neverSays: try mapping.optional("neverSays")?.nonEmptyStringList() ?? [],
            entities: entities,
            budgets: try mapping.optional("budgets", as: Budgets.init(yaml:)) ?? Budgets(),
            judge: try Self.criteria(mapping.optional("judge")),
            passRate: try mapping.optional("passRate")?.positiveDouble(atMost: 1),
            repeatCount: try mapping.optional("repeat")?.int(in: 1...1000))
        if let value = mapping.optional("state") {
            for item in try value.list() { state.append(try ExpectedState(yaml: item)) }
        }
        http = try ExpectedHTTP.list(mapping.optional("http"))
    }

    /// The judge's criteria: one text or a list of them, each distinct.
    private static func criteria(_ value: YAMLValue?) throws(ScenarioError) -> [String] {
        guard let value else { return [] }
        let criteria = try value.nonEmptyStringList().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var seen = Set<String>()
        for criterion in criteria where !seen.insert(criterion).inserted {
            throw value.error("the criterion \"\(criterion)\" is given twice")
        }
        return criteria
    }
}
