extension LatencyDistribution {
    /// The forms a distribution mapping may take (one key each).
    public static let keys = ["fixed", "lognormal", "uniform"]
    /// The keys of a `lognormal` mapping.
    public static let logNormalKeys = ["p50", "p95"]
    /// The keys of a `uniform` mapping.
    public static let uniformKeys = ["min", "max"]
    /// The longest latency a profile may give, in milliseconds.
    public static let maximumMs = 600_000.0

    /// Decodes a number (fixed ms), `measured`, `{fixed: MS}`,
    /// `{lognormal: {p50: MS, p95: MS}}` or `{uniform: {min: MS, max: MS}}`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        if yaml.isScalar, !yaml.isNull, try yaml.string() == "measured" {
            self = .measured
            return
        }
        if yaml.isScalar {
            guard (try? yaml.double()) != nil else {
                throw yaml.error("expected milliseconds, measured, or a mapping with fixed, lognormal or uniform; found '\(try yaml.string())'")
            }
            self = .fixed(try yaml.double(in: 0...Self.maximumMs))
            return
        }
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        guard let (form, value) = mapping.entries.first else {
            throw yaml.error("expected one of \(Self.keys.joined(separator: ", "))")
        }
        if mapping.entries.count > 1 {
            throw mapping.entries[1].value.error("a distribution has one form, but this one has both '\(form)' and '\(mapping.entries[1].key)'")
        }
        switch form {
        case "fixed":
            self = .fixed(try value.double(in: 0...Self.maximumMs))
        case "lognormal":
            let parameters = try value.mapping()
            try parameters.allowOnly(Self.logNormalKeys)
            let p50 = try parameters.required("p50").positiveDouble(atMost: Self.maximumMs)
            let p95Value = try parameters.required("p95")
            let p95 = try p95Value.double(in: 0...Self.maximumMs)
            guard p95 >= p50 else { throw p95Value.error("must be at least p50 (\(numberText(p50)))") }
            self = .logNormal(p50: p50, p95: p95)
        default:
            let parameters = try value.mapping()
            try parameters.allowOnly(Self.uniformKeys)
            let min = try parameters.required("min").double(in: 0...Self.maximumMs)
            let maxValue = try parameters.required("max")
            let max = try maxValue.double(in: 0...Self.maximumMs)
            guard max >= min else { throw maxValue.error("must be at least min (\(numberText(min)))") }
            self = .uniform(min: min, max: max)
        }
    }
}
