import CallImpairment

extension LineConfig.Loss {
    /// The keys of `loss` (across both models).
    public static let keys = ["model", "rate", "p", "r", "lossInBad", "lossInGood"]
    /// The models.
    public static let models = ["bernoulli", "gilbert"]
    /// The keys a `bernoulli` loss takes.
    public static let bernoulliKeys = ["model", "rate"]
    /// The keys a `gilbert` loss takes.
    public static let gilbertKeys = ["model", "p", "r", "lossInBad", "lossInGood"]

    /// Decodes `loss`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let model = try mapping.required("model").choice(Self.models)
        let own = model == "bernoulli" ? Self.bernoulliKeys : Self.gilbertKeys
        for (key, value) in mapping.entries where !own.contains(key) {
            throw value.error("'\(key)' belongs to the \(model == "bernoulli" ? "gilbert" : "bernoulli") model; \(model) takes \(own.dropFirst().joined(separator: ", "))")
        }
        if model == "bernoulli" {
            self = .bernoulli(rate: try mapping.required("rate").double(in: 0...1))
        } else {
            self = .gilbert(
                p: try mapping.required("p").double(in: 0...1),
                r: try mapping.required("r").positiveDouble(atMost: 1),
                lossInBad: try mapping.optional("lossInBad")?.double(in: 0...1) ?? 1,
                lossInGood: try mapping.optional("lossInGood")?.double(in: 0...1) ?? 0)
        }
    }
}
