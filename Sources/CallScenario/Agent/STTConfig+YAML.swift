extension STTConfig {
    /// The keys of `stt`.
    public static let keys = ["engine", "languageModel", "adaptation"]

    /// Decodes `stt`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            engine: try mapping.optional("engine")?.enumeration(Engine.self) ?? defaults.engine,
            languageModel: try mapping.optional("languageModel")?.enumeration(LanguageModel.self) ?? defaults.languageModel,
            adaptation: try mapping.optional("adaptation")?.enumeration(Adaptation.self) ?? defaults.adaptation)
    }
}
