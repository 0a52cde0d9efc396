/// Checks scenario files, the agents they call and those agents' latency profiles,
/// collecting every problem instead of stopping at the first.
public enum ScenarioValidator {
    /// The problems in the scenarios under `paths` (files or folders; see
    /// `ScenarioLoader.discover`): the first problem of each scenario file, of each agent
    /// (its own or `defaultAgent`) and its profile, scenario ids used by more than one
    /// file, and paths that hold no scenarios. Empty when everything is valid.
    public static func validate(_ paths: [String], defaultAgent: String?) -> [ScenarioError] {
        var errors: [ScenarioError] = []
        var files: [String] = []
        for path in paths {
            do {
                let found = try ScenarioLoader.discover([path])
                if found.isEmpty { errors.append(ScenarioError(file: path, line: nil, key: nil, message: "no scenario files (*.yaml, *.yml) found")) }
                files += found
            } catch {
                errors.append(error)
            }
        }
        return errors + validate(files: files, defaultAgent: defaultAgent)
    }

    /// The problems in the scenario files `files`: the first problem of each, of each agent
    /// they call (their own or `defaultAgent`) and its profile, and scenario ids used by
    /// more than one file. Empty when everything is valid.
    public static func validate(files: [String], defaultAgent: String?) -> [ScenarioError] {
        var errors: [ScenarioError] = []
        var firstFileForID: [String: String] = [:]
        var checkedAgents = Set<String>()
        for file in Set(files).sorted() {
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.loadScenario(file)
            } catch {
                errors.append(error)
                continue
            }
            if let first = firstFileForID[scenario.id] {
                errors.append(duplicate(scenario.id, in: file, first: first))
            } else {
                firstFileForID[scenario.id] = file
            }
            guard let agent = scenario.agent ?? defaultAgent.map(ScenarioLoader.absolute) else {
                errors.append(ScenarioError(file: file, line: nil, key: "agent", message: "no agent: name one here or pass a default agent"))
                continue
            }
            guard checkedAgents.insert(agent).inserted else { continue }
            do {
                _ = try ScenarioLoader.loadAgent(agent)
            } catch {
                errors.append(error)
            }
        }
        return errors
    }

    private static func duplicate(_ id: String, in file: String, first: String) -> ScenarioError {
        let line = (try? YAMLFile.load(file).mapping())?.optional("id")?.line
        return ScenarioError(file: file, line: line, key: "id", message: "duplicate id '\(id)' (also used by \(first))")
    }
}
