import VoicePipeline

extension AgentConfig {
    /// The keys of an agent file.
    public static let keys = ["name", "description", "latency", "fallbackMessage", "vocabulary", "vad", "endpointing", "interruption",
                              "stt", "tts", "sentenceBuffer", "brain", "backend", "guardrails", "tools", "external"]
    /// The latency profile's name in the report of an agent that runs elsewhere: its
    /// latencies are measured on the wall clock, not drawn from a profile.
    public static let realTimeProfile = "real-time"
    /// The latency profile used when an agent names none.
    public static let defaultLatencyProfile = "cloud-typical"

    /// Decodes an agent document with its already resolved latency profile (see
    /// `ScenarioLoader.loadAgent`, which resolves the `latency` reference).
    public init(yaml: YAMLValue, latency: LatencyProfile) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        if let external = mapping.optional("external") {
            try mapping.allowOnly(ExternalAgentConfig.agentKeys)
            self.init(name: try mapping.required("name").nonEmptyString(), description: try mapping.optional("description")?.string(),
                      latency: latency, vocabulary: try mapping.optional("vocabulary")?.nonEmptyStringList() ?? [], file: yaml.file)
            self.external = try ExternalAgentConfig(yaml: external)
            return
        }
        try mapping.allowOnly(Self.keys)
        self.init(
            name: try mapping.required("name").nonEmptyString(),
            description: try mapping.optional("description")?.string(),
            latency: latency,
            fallbackMessage: try mapping.optional("fallbackMessage")?.nonEmptyString() ?? Self.defaultFallbackMessage,
            vocabulary: try mapping.optional("vocabulary")?.nonEmptyStringList() ?? [],
            vad: try mapping.optional("vad", as: VADConfig.init(yaml:)) ?? VADConfig(),
            endpointing: try mapping.optional("endpointing", as: EndpointingConfig.init(yaml:)) ?? EndpointingConfig(),
            interruption: try mapping.optional("interruption", as: InterruptionConfig.init(yaml:)) ?? InterruptionConfig(),
            stt: try mapping.optional("stt", as: STTConfig.init(yaml:)) ?? STTConfig(),
            tts: try mapping.optional("tts", as: TTSConfig.init(yaml:)) ?? TTSConfig(),
            sentenceBuffer: try mapping.optional("sentenceBuffer", as: SentenceBufferConfig.init(yaml:)) ?? SentenceBufferConfig(),
            brain: try mapping.required("brain", as: BrainConfig.init(yaml:)),
            backend: try mapping.optional("backend", as: BackendConfig.init(yaml:)),
            guardrails: try mapping.optional("guardrails", as: GuardrailConfig.init(yaml:)) ?? GuardrailConfig(),
            file: yaml.file)
        tools = try mapping.optional("tools", as: ToolConfig.list(yaml:)) ?? []
    }
}
