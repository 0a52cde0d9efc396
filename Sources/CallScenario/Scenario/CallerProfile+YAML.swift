extension CallerProfile {
    /// The keys of `caller`.
    public static let keys = ["voice", "rate", "reactionMs", "helloAfterMs", "hangupAfterMs"]

    /// Decodes `caller`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            voice: try mapping.optional("voice")?.voice() ?? defaults.voice,
            rate: try mapping.optional("rate")?.double(in: 0.5...2) ?? defaults.rate,
            reactionMs: try mapping.optional("reactionMs")?.int(in: 0...5000) ?? defaults.reactionMs,
            helloAfterMs: try mapping.optional("helloAfterMs")?.int(in: 0...60000) ?? defaults.helloAfterMs,
            hangupAfterMs: try mapping.optional("hangupAfterMs")?.int(in: 1000...300_000) ?? defaults.hangupAfterMs)
    }
}
