import VoicePipeline

extension EndpointingConfig {
    /// The keys of `endpointing`.
    public static let keys = ["minSilenceMs", "maxSilenceMs"]

    /// Decodes `endpointing`. Without `maxSilenceMs`, the longest wait is 3000 ms or
    /// `minSilenceMs`, whichever is larger.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        let minSilence = try mapping.optional("minSilenceMs")?.int(in: 100...5000) ?? defaults.minSilenceMs
        var maxSilence = max(defaults.maxSilenceMs, minSilence)
        if let value = mapping.optional("maxSilenceMs") {
            maxSilence = try value.int(in: 100...10000)
            guard maxSilence >= minSilence else { throw value.error("must be at least minSilenceMs (\(minSilence))") }
        }
        self.init(minSilenceMs: minSilence, maxSilenceMs: maxSilence)
    }
}
