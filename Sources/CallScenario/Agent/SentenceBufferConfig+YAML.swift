extension SentenceBufferConfig {
    /// The keys of `sentenceBuffer`.
    public static let keys = ["minLength"]

    /// Decodes `sentenceBuffer`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(minLength: try mapping.optional("minLength")?.int(in: 1...200) ?? Self().minLength)
    }
}
