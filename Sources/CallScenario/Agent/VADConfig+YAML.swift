import VoicePipeline

extension VADConfig {
    /// The keys of `vad`.
    public static let keys = ["thresholdDb", "minLevelDb", "startMs", "hangoverMs", "minSpeechMs", "preRollMs"]

    /// Decodes `vad`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            thresholdDb: try mapping.optional("thresholdDb")?.double(in: 3...30) ?? defaults.thresholdDb,
            minLevelDb: try mapping.optional("minLevelDb")?.double(in: -80 ... -10) ?? defaults.minLevelDb,
            startMs: try mapping.optional("startMs")?.int(in: 20...500) ?? defaults.startMs,
            hangoverMs: try mapping.optional("hangoverMs")?.int(in: 0...1000) ?? defaults.hangoverMs,
            minSpeechMs: try mapping.optional("minSpeechMs")?.int(in: 0...2000) ?? defaults.minSpeechMs,
            preRollMs: try mapping.optional("preRollMs")?.int(in: 0...1000) ?? defaults.preRollMs)
    }
}
