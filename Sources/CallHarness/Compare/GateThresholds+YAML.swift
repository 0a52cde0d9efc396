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
        return result
    }
}
