extension LLMConfig {
    /// The keys of `brain.llm`.
    public static let keys = ["baseURL", "model", "apiKeyEnv", "systemPrompt", "temperature", "maxTokens", "timeoutMs", "latency"]

    /// Decodes `brain.llm`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        let urlValue = try mapping.required("baseURL")
        let url = try urlValue.nonEmptyString()
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw urlValue.error("'\(url)' is not an http:// or https:// URL") }
        var apiKeyEnv: String?
        if let value = mapping.optional("apiKeyEnv") {
            let name = try value.nonEmptyString()
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw value.error("'\(name)' is not an environment variable name")
            }
            apiKeyEnv = name
        }
        self.init(
            baseURL: url,
            model: try mapping.required("model").nonEmptyString(),
            apiKeyEnv: apiKeyEnv,
            systemPrompt: try mapping.optional("systemPrompt")?.existingFile(),
            temperature: try mapping.optional("temperature")?.double(in: 0...2) ?? defaults.temperature,
            maxTokens: try mapping.optional("maxTokens")?.int(in: 1...32000) ?? defaults.maxTokens,
            timeoutMs: try mapping.optional("timeoutMs")?.int(in: 100...120_000) ?? defaults.timeoutMs,
            latency: try mapping.optional("latency")?.enumeration(Latency.self) ?? defaults.latency)
    }
}
