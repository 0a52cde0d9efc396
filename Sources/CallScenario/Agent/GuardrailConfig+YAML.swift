import VoicePipeline

extension GuardrailConfig {
    /// The keys of `guardrails`.
    public static let keys = ["emergency"]

    /// Decodes `guardrails`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(emergency: try mapping.optional("emergency", as: EmergencyConfig.init(yaml:)) ?? EmergencyConfig())
    }
}

extension EmergencyConfig {
    /// The keys of `guardrails.emergency`.
    public static let keys = ["phrases", "message", "transfer", "confirm"]

    /// Decodes `guardrails.emergency`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            phrases: try mapping.optional("phrases")?.nonEmptyStringList() ?? defaults.phrases,
            message: try mapping.optional("message")?.nonEmptyString() ?? defaults.message,
            transfer: try mapping.optional("transfer")?.bool() ?? defaults.transfer,
            confirm: try mapping.optional("confirm")?.nonEmptyString())
    }
}
