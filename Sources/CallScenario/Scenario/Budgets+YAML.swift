extension Budgets {
    /// The keys of `budgets`.
    public static let keys = ["ttfaP50Ms", "ttfaP95Ms", "ttfaMaxMs", "eotP95Ms", "wer", "bargeInStopMs", "deadAirMs", "entityAccuracy", "cutIns", "interruptions"]

    /// Decodes `budgets`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(
            ttfaP50Ms: try mapping.optional("ttfaP50Ms")?.nonNegativeDouble(),
            ttfaP95Ms: try mapping.optional("ttfaP95Ms")?.nonNegativeDouble(),
            ttfaMaxMs: try mapping.optional("ttfaMaxMs")?.nonNegativeDouble(),
            eotP95Ms: try mapping.optional("eotP95Ms")?.nonNegativeDouble(),
            wer: try mapping.optional("wer")?.double(in: 0...1),
            bargeInStopMs: try mapping.optional("bargeInStopMs")?.nonNegativeDouble(),
            deadAirMs: try mapping.optional("deadAirMs")?.nonNegativeDouble(),
            entityAccuracy: try mapping.optional("entityAccuracy")?.double(in: 0...1),
            cutIns: try mapping.optional("cutIns")?.int(in: 0...1000),
            interruptions: try mapping.optional("interruptions")?.int(in: 0...1000))
    }
}
