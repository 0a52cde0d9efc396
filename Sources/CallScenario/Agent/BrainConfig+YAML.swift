extension BrainConfig {
    /// The keys of `brain`.
    public static let keys = ["type", "flow", "llm"]

    /// Decodes `brain`: `type: flow` with a `flow` file, or `type: llm` with an `llm` mapping.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let type = try mapping.optional("type")?.choice(["flow", "llm"]) ?? "flow"
        let other = type == "flow" ? "llm" : "flow"
        if let stray = mapping.optional(other) { throw stray.error("applies only with type: \(other)") }
        if type == "flow" {
            self = .flow(path: try mapping.required("flow").existingFile())
        } else {
            self = .llm(try mapping.required("llm", as: LLMConfig.init(yaml:)))
        }
    }
}
