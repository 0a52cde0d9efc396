extension SpeechServiceConfig {
    /// The keys of `stt.http`.
    public static let transcriptionKeys = ["baseURL", "model", "apiKeyEnv", "timeoutMs", "language"]
    /// The keys of `tts.http`.
    public static let speechKeys = ["baseURL", "model", "apiKeyEnv", "timeoutMs", "format", "pcmSampleRate"]

    /// Decodes `stt.http` (`speech` false) or `tts.http` (`speech` true).
    public init(yaml: YAMLValue, speech: Bool) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(speech ? Self.speechKeys : Self.transcriptionKeys)
        let defaults = Self(baseURL: "", model: "")
        self.init(
            baseURL: try mapping.required("baseURL").httpURL(),
            model: try mapping.required("model").nonEmptyString(),
            apiKeyEnv: try mapping.optional("apiKeyEnv")?.environmentVariableName(),
            timeoutMs: try mapping.optional("timeoutMs")?.int(in: 100...120_000) ?? defaults.timeoutMs,
            language: try mapping.optional("language")?.nonEmptyString() ?? defaults.language,
            format: try mapping.optional("format")?.enumeration(Format.self) ?? defaults.format,
            pcmSampleRate: try mapping.optional("pcmSampleRate")?.int(in: 8000...48000) ?? defaults.pcmSampleRate)
    }
}
