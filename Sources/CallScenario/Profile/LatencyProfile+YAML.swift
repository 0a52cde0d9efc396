extension LatencyProfile {
    /// The keys of a profile file.
    public static let keys = ["name", "description", "transport", "stt", "llm", "tts", "tools"]

    /// Decodes a profile document; `file` is the document's file.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(
            name: try mapping.required("name").nonEmptyString(),
            description: try mapping.optional("description")?.string(),
            transport: try mapping.optional("transport", as: Transport.init(yaml:)) ?? Transport(),
            stt: try mapping.optional("stt", as: STT.init(yaml:)) ?? STT(),
            llm: try mapping.optional("llm", as: LLM.init(yaml:)) ?? LLM(),
            tts: try mapping.optional("tts", as: TTS.init(yaml:)) ?? TTS(),
            tools: try mapping.optional("tools", as: Tools.init(yaml:)) ?? Tools(),
            file: yaml.file)
    }
}

extension LatencyProfile.Transport {
    /// The keys of `transport`.
    public static let keys = ["oneWayMs"]

    /// Decodes `transport`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(oneWayMs: try mapping.optional("oneWayMs", as: LatencyDistribution.init(yaml:)) ?? Self().oneWayMs)
    }
}

extension LatencyProfile.STT {
    /// The keys of `stt`.
    public static let keys = ["finalMs"]

    /// Decodes `stt`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(finalMs: try mapping.optional("finalMs", as: LatencyDistribution.init(yaml:)) ?? Self().finalMs)
    }
}

extension LatencyProfile.LLM {
    /// The keys of `llm`.
    public static let keys = ["ttftMs", "tokensPerSecond"]

    /// Decodes `llm`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            ttftMs: try mapping.optional("ttftMs", as: LatencyDistribution.init(yaml:)) ?? defaults.ttftMs,
            tokensPerSecond: try mapping.optional("tokensPerSecond")?.double(in: 1...1000) ?? defaults.tokensPerSecond)
    }
}

extension LatencyProfile.TTS {
    /// The keys of `tts`.
    public static let keys = ["firstByteMs", "realTimeFactor"]

    /// Decodes `tts`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        self.init(
            firstByteMs: try mapping.optional("firstByteMs", as: LatencyDistribution.init(yaml:)) ?? defaults.firstByteMs,
            realTimeFactor: try mapping.optional("realTimeFactor")?.double(in: 0.001...1) ?? defaults.realTimeFactor)
    }
}

extension LatencyProfile.Tools {
    /// The keys of `tools`.
    public static let keys = ["latencyMs", "failureRate", "perTool"]

    /// Decodes `tools`; `perTool` maps tool names to their own distributions.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        var perTool: [String: LatencyDistribution] = [:]
        for (name, value) in try mapping.optional("perTool")?.mapping().entries ?? [] { perTool[name] = try LatencyDistribution(yaml: value) }
        self.init(
            latencyMs: try mapping.optional("latencyMs", as: LatencyDistribution.init(yaml:)) ?? defaults.latencyMs,
            failureRate: try mapping.optional("failureRate")?.double(in: 0...1) ?? defaults.failureRate,
            perTool: perTool)
    }
}
