extension LLMConfig {
    /// The keys of `brain.llm`.
    public static let keys = ["baseURL", "model", "apiKeyEnv", "systemPrompt", "temperature", "maxTokens", "timeoutMs", "latency"]

    /// Decodes `brain.llm`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            baseURL: try mapping.required("baseURL").httpURL(),
            model: try mapping.required("model").nonEmptyString(),
            apiKeyEnv: try mapping.optional("apiKeyEnv")?.environmentVariableName(),
            systemPrompt: try mapping.optional("systemPrompt")?.existingFile(),
            temperature: try mapping.optional("temperature")?.double(in: 0...2) ?? defaults.temperature,
            maxTokens: try mapping.optional("maxTokens")?.int(in: 1...32000) ?? defaults.maxTokens,
            timeoutMs: try mapping.optional("timeoutMs")?.int(in: 100...120_000) ?? defaults.timeoutMs,
            latency: try mapping.optional("latency")?.enumeration(Latency.self) ?? defaults.latency)
    }
}
