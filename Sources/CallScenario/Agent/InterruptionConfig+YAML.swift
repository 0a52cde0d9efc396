import VoicePipeline

extension InterruptionConfig {
    /// The keys of `interruption`.
    public static let keys = ["enabled", "minInterruptionMs", "ignoreBackchannels", "backchannels"]

    /// Decodes `interruption`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            enabled: try mapping.optional("enabled")?.bool() ?? defaults.enabled,
            minInterruptionMs: try mapping.optional("minInterruptionMs")?.int(in: 0...3000) ?? defaults.minInterruptionMs,
            ignoreBackchannels: try mapping.optional("ignoreBackchannels")?.bool() ?? defaults.ignoreBackchannels,
            backchannels: try mapping.optional("backchannels")?.nonEmptyStringList() ?? defaults.backchannels)
    }
}
