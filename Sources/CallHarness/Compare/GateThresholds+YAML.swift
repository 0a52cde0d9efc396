import ReportModel
import CallScenario

extension GateThresholds {
    /// These thresholds with the values set in the YAML file at `path` replacing them;
    /// keys the file leaves out keep their current value. Unknown keys and bad values are
    /// errors naming the file and line.
    public func overridden(byFile path: String) throws(ScenarioError) -> GateThresholds {
        let document = try YAMLFile.load(path)
        if document.isNull { return self }
        let mapping = try document.mapping()
        try mapping.allowOnly(Self.keys)
        var result = self
        if let value = mapping.optional("maxTtfaP95RegressionPct") { result.maxTtfaP95RegressionPct = try value.double(in: 0...10_000) }
        if let value = mapping.optional("maxCompletionDropPct") { result.maxCompletionDropPct = try value.double(in: 0...100) }
        if let value = mapping.optional("maxWerIncreasePts") { result.maxWerIncreasePts = try value.double(in: 0...100) }
        if let value = mapping.optional("allowNewlyFailing") { result.allowNewlyFailing = try value.bool() }
        if let value = mapping.optional("loadSteps") {
            var limits: [LoadStepLimit] = []
            for item in try value.list() {
                let step = try item.mapping()
                try step.allowOnly(["concurrency", "maxTtfaP95Ms", "maxTtfaP95RegressionPct"])
                var limit = LoadStepLimit(concurrency: try step.required("concurrency").int(in: 1...LoadPlan.maximumConcurrency))
                if let ms = step.optional("maxTtfaP95Ms") { limit.maxTtfaP95Ms = try ms.double(in: 0...1_000_000) }
                if let pct = step.optional("maxTtfaP95RegressionPct") { limit.maxTtfaP95RegressionPct = try pct.double(in: 0...10_000) }
                limits.append(limit)
            }
            result.loadSteps = limits.isEmpty ? nil : limits
        }
        return result
    }
}
