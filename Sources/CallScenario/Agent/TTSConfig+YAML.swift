extension TTSConfig {
    /// The keys of `tts`.
    public static let keys = ["voice", "rate"]

    /// Decodes `tts`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(voice: try mapping.optional("voice")?.voice() ?? defaults.voice, rate: try mapping.optional("rate")?.double(in: 0.5...2) ?? defaults.rate)
    }
}
