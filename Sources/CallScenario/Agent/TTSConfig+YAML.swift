extension TTSConfig {
    /// The keys of `tts`.
    public static let keys = ["voice", "rate", "http"]

    /// Decodes `tts`; an `http/…` voice needs its service under `http`, and only it.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        let voice = try mapping.optional("voice")?.voice(services: true) ?? defaults.voice
        let service = try mapping.optional("http") { value throws(ScenarioError) in try SpeechServiceConfig(yaml: value, speech: true) }
        let isService = voice.hasPrefix("http/")
        if isService, service == nil { throw yaml.error("the voice \(voice) needs its service: tts.http with baseURL and model") }
        if !isService, let value = mapping.optional("http") { throw value.error("tts.http is only used with an http/… voice") }
        self.init(voice: voice, rate: try mapping.optional("rate")?.double(in: 0.5...2) ?? defaults.rate, service: service)
    }
}
