import CallImpairment

extension LineConfig {
    /// The keys of `line`.
    public static let keys = ["codec", "opusBitrateKbps", "delayMs", "jitterMs", "jitterDistribution", "loss", "reorder", "jitterBuffer", "concealment"]

    /// Decodes `line`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            codec: try mapping.optional("codec")?.enumeration(Codec.self) ?? defaults.codec,
            opusBitrateKbps: try mapping.optional("opusBitrateKbps")?.int(in: 6...128) ?? defaults.opusBitrateKbps,
            delayMs: try mapping.optional("delayMs").map { v throws(ScenarioError) in Double(try v.int(in: 0...2000)) } ?? defaults.delayMs,
            jitterMs: try mapping.optional("jitterMs").map { v throws(ScenarioError) in Double(try v.int(in: 0...500)) } ?? defaults.jitterMs,
            jitterDistribution: try mapping.optional("jitterDistribution")?.enumeration(JitterDistribution.self) ?? defaults.jitterDistribution,
            loss: try mapping.optional("loss", as: Loss.init(yaml:)),
            reorder: try mapping.optional("reorder")?.double(in: 0...1) ?? defaults.reorder,
            jitterBuffer: try mapping.optional("jitterBuffer", as: JitterBuffer.init(yaml:)) ?? defaults.jitterBuffer,
            concealment: try mapping.optional("concealment")?.enumeration(Concealment.self) ?? defaults.concealment)
    }
}
