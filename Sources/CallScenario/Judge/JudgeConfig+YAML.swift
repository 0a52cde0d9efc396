extension JudgeConfig {
    /// The keys of a judge file's `judge` mapping.
    public static let keys = ["baseURL", "model", "apiKeyEnv", "temperature", "maxTokens", "timeoutMs"]
    /// The keys of a judge file.
    public static let fileKeys = ["judge"]

    /// Decodes a judge file: one `judge:` mapping.
    public init(file yaml: YAMLValue) throws(ScenarioError) {
        let top = try yaml.mapping()
        try top.allowOnly(Self.fileKeys)
        let mapping = try top.required("judge").mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self(baseURL: "", model: "")
        self.init(
            baseURL: try mapping.required("baseURL").httpURL(),
            model: try mapping.required("model").nonEmptyString(),
            apiKeyEnv: try mapping.optional("apiKeyEnv")?.environmentVariableName(),
            temperature: try mapping.optional("temperature")?.double(in: 0...2) ?? defaults.temperature,
            maxTokens: try mapping.optional("maxTokens")?.int(in: 16...4000) ?? defaults.maxTokens,
            timeoutMs: try mapping.optional("timeoutMs")?.int(in: 100...300_000) ?? defaults.timeoutMs,
            file: yaml.file)
    }
}
