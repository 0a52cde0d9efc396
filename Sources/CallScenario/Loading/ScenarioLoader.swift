import Foundation

/// Reads scenario, agent and latency-profile files into validated models.
public enum ScenarioLoader {
    /// Loads the scenario file at `path`.
    public static func loadScenario(_ path: String) throws(ScenarioError) -> Scenario {
        try Scenario(yaml: try YAMLFile.load(absolute(path)))
    }

    /// Loads the agent file at `path` and its latency profile, after applying `overrides`
    /// (`--set KEY=VALUE`) to the YAML: keys under `latency.` change the profile document,
    /// the others the agent document. Overridden values are checked like file values, and
    /// errors about them say they came from `--set`.
    public static func loadAgent(_ path: String, overrides: [(key: String, value: String)] = []) throws(ScenarioError) -> AgentConfig {
        let file = absolute(path)
        var document = try YAMLFile.load(file)
        var profileOverrides: [(key: String, value: String)] = []
        do {
            for (key, value) in overrides {
                if key.hasPrefix("latency.") {
                    profileOverrides.append((String(key.dropFirst("latency.".count)), value))
                } else {
                    document = try document.setting(key, to: value)
                }
            }
            let mapping = try document.mapping()
            try mapping.allowOnly(AgentConfig.keys)
            let profile: LatencyProfile
            if mapping.optional("external") != nil {
                // An agent elsewhere runs on the wall clock: nothing is drawn from a profile.
                profile = LatencyProfile(name: AgentConfig.realTimeProfile)
            } else if let reference = mapping.optional("latency") {
                profile = try loadProfile(reference: reference, agentFile: file, overrides: profileOverrides)
            } else {
                profile = try loadProfile(AgentConfig.defaultLatencyProfile, agentFile: file, line: nil, overrides: profileOverrides)
            }
            return try AgentConfig(yaml: document, latency: profile)
        } catch {
            throw attribute(error, to: overrides, agentFile: file)
        }
    }

    /// Loads a latency profile named by an agent file: a bare name is looked up as
    /// `<agent dir>/../profiles/<name>.yaml`, then `<agent dir>/profiles/<name>.yaml`;
    /// anything with a `/` or ending in `.yaml` is a path relative to the agent file.
    public static func loadProfile(_ reference: String, relativeTo agentFile: String) throws(ScenarioError) -> LatencyProfile {
        try loadProfile(reference, agentFile: absolute(agentFile), line: nil, overrides: [])
    }

    /// `path` made absolute against the working directory and standardized.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.path
    }

    private static func loadProfile(reference: YAMLValue, agentFile: String, overrides: [(key: String, value: String)]) throws(ScenarioError) -> LatencyProfile {
        try loadProfile(try reference.nonEmptyString(), agentFile: agentFile, line: reference.line, overrides: overrides)
    }

    private static func loadProfile(_ reference: String, agentFile: String, line: Int?, overrides: [(key: String, value: String)]) throws(ScenarioError) -> LatencyProfile {
        let candidates = profileCandidates(reference, agentFile: agentFile)
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ScenarioError(file: agentFile, line: line, key: "latency",
                                message: "no latency profile '\(reference)' (looked for \(candidates.joined(separator: " and ")))")
        }
        var document = try YAMLFile.load(file)
        for (key, value) in overrides { document = try document.setting(key, to: value) }
        return try LatencyProfile(yaml: document)
    }

    private static func profileCandidates(_ reference: String, agentFile: String) -> [String] {
        let directory = URL(fileURLWithPath: agentFile).deletingLastPathComponent()
        if reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
            let url = reference.hasPrefix("/") ? URL(fileURLWithPath: reference) : directory.appendingPathComponent(reference)
            return [url.standardized.path]
        }
        return [
            directory.deletingLastPathComponent().appendingPathComponent("profiles/\(reference).yaml").standardized.path,
            directory.appendingPathComponent("profiles/\(reference).yaml").standardized.path,
        ]
    }

    /// Restates an error about an overridden key as coming from `--set`.
    private static func attribute(_ error: ScenarioError, to overrides: [(key: String, value: String)], agentFile: String) -> ScenarioError {
        guard let errorKey = error.key else { return error }
        for (key, value) in overrides.reversed() {
            let inProfile = key.hasPrefix("latency.")
            let documentKey = inProfile ? String(key.dropFirst("latency.".count)) : key
            guard (error.file == agentFile) != inProfile, errorKey == documentKey || documentKey.hasPrefix(errorKey + ".") else { continue }
            return ScenarioError(file: error.file, line: nil, key: inProfile ? "latency.\(errorKey)" : errorKey,
                                 message: "\(error.message) (from --set \(key)=\(value))")
        }
        return error
    }
}
