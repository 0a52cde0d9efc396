import CallImpairment

extension LineConfig.JitterBuffer {
    /// The keys of `jitterBuffer`.
    public static let keys = ["mode", "depthMs", "maxDepthMs"]

    /// Decodes `jitterBuffer`. Without `maxDepthMs`, the deepest is 200 ms or `depthMs`,
    /// whichever is larger.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let defaults = Self()
        let depth = try mapping.optional("depthMs")?.int(in: 0...1000) ?? defaults.depthMs
        var maxDepth = max(defaults.maxDepthMs, depth)
        if let value = mapping.optional("maxDepthMs") {
            maxDepth = try value.int(in: 0...2000)
            guard maxDepth >= depth else { throw value.error("must be at least depthMs (\(depth))") }
        }
        self.init(mode: try mapping.optional("mode")?.enumeration(Mode.self) ?? defaults.mode, depthMs: depth, maxDepthMs: maxDepth)
    }
}
