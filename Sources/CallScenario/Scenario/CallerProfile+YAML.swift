extension CallerProfile {
    /// The keys of `caller`.
    public static let keys = ["voice", "rate", "reactionMs", "helloAfterMs", "hangupAfterMs", "goal", "facts", "persona"]

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
            hangupAfterMs: try mapping.optional("hangupAfterMs")?.int(in: 1000...300_000) ?? defaults.hangupAfterMs,
            goal: try mapping.optional("goal")?.nonEmptyString(),
            facts: try mapping.optional("facts").map { value throws(ScenarioError) in try Self.facts(value) } ?? [:],
            persona: try mapping.optional("persona", as: CallerPersona.init(yaml:)) ?? defaults.persona)
    }

    /// Decodes `caller.facts`: names to the words the caller says for them.
    static func facts(_ value: YAMLValue) throws(ScenarioError) -> [String: String] {
        var facts: [String: String] = [:]
        for (name, text) in try value.mapping().entries { facts[name] = try text.nonEmptyString() }
        return facts
    }
}
