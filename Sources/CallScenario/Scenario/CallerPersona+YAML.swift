extension CallerPersona {
    /// The keys of `caller.persona` when it is a mapping.
    public static let keys = ["preset", "pace", "extraReactionMs", "reactionSpreadMs", "hesitations", "pausesPerTurn", "interrupts",
                              "patience", "verbosity", "forgets"]

    /// Decodes `caller.persona`: a preset's name, or a mapping (optionally starting from a
    /// `preset`).
    public init(yaml: YAMLValue) throws(ScenarioError) {
        if case let name? = try? yaml.string() {
            guard let preset = Self.presets[name] else { throw yaml.error(Self.unknownPresetMessage(name)!) }
            self = preset
            return
        }
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        var base = CallerPersona()
        if let value = mapping.optional("preset") {
            let name = try value.choice(Self.presetNames)
            base = Self.presets[name]!
        }
        self.init(
            preset: base.preset,
            pace: try mapping.optional("pace")?.double(in: 0.5...2) ?? base.pace,
            extraReactionMs: try mapping.optional("extraReactionMs")?.int(in: 0...5000) ?? base.extraReactionMs,
            reactionSpreadMs: try mapping.optional("reactionSpreadMs")?.int(in: 0...3000) ?? base.reactionSpreadMs,
            hesitations: try mapping.optional("hesitations")?.double(in: 0...1) ?? base.hesitations,
            pausesPerTurn: try mapping.optional("pausesPerTurn")?.double(in: 0...3) ?? base.pausesPerTurn,
            interrupts: try mapping.optional("interrupts")?.enumeration(Interrupts.self) ?? base.interrupts,
            patience: try mapping.optional("patience")?.int(in: 0...20) ?? base.patience,
            verbosity: try mapping.optional("verbosity")?.enumeration(Verbosity.self) ?? base.verbosity,
            forgets: try mapping.optional("forgets")?.nonEmptyStringList() ?? base.forgets)
    }
}
