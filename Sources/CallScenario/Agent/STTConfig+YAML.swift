extension STTConfig {
    /// The keys of `stt`.
    public static let keys = ["engine", "languageModel", "adaptation", "http"]

    /// Decodes `stt`; the `http` engine needs its service under `http`, and only it.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        let engine = try mapping.optional("engine")?.enumeration(Engine.self) ?? defaults.engine
        let service = try mapping.optional("http") { value throws(ScenarioError) in try SpeechServiceConfig(yaml: value, speech: false) }
        if engine == .http, service == nil { throw yaml.error("the http engine needs its service: stt.http with baseURL and model") }
        if engine != .http, let value = mapping.optional("http") { throw value.error("stt.http is only used with engine: http") }
        self.init(
            engine: engine,
            languageModel: try mapping.optional("languageModel")?.enumeration(LanguageModel.self) ?? defaults.languageModel,
            adaptation: try mapping.optional("adaptation")?.enumeration(Adaptation.self) ?? defaults.adaptation,
            service: service)
    }
}
