extension Budgets {
    /// The keys of `budgets`.
    public static let keys = ["ttfaP95Ms", "ttfaMaxMs", "eotP95Ms", "wer", "bargeInStopMs", "deadAirMs", "entityAccuracy"]

    /// Decodes `budgets`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let milliseconds = 0...Double.greatestFiniteMagnitude
        self.init(
            ttfaP95Ms: try mapping.optional("ttfaP95Ms")?.double(in: milliseconds),
            ttfaMaxMs: try mapping.optional("ttfaMaxMs")?.double(in: milliseconds),
            eotP95Ms: try mapping.optional("eotP95Ms")?.double(in: milliseconds),
            wer: try mapping.optional("wer")?.double(in: 0...1),
            bargeInStopMs: try mapping.optional("bargeInStopMs")?.double(in: milliseconds),
            deadAirMs: try mapping.optional("deadAirMs")?.double(in: milliseconds),
            entityAccuracy: try mapping.optional("entityAccuracy")?.double(in: 0...1))
    }
}
