import CallScenario

/// `validate`: every scenario, its agent, the agent's profile and flow.
public enum ScenarioCheck {
    /// What was checked and what is wrong.
    public struct Outcome: Sendable {
        public var scenarios: Int
        public var agents: Int
        public var errors: [ScenarioError]
    }

    /// Checks `paths` (and `agent`, when given, for every scenario).
    public static func problems(_ paths: [String], agent: String?) -> Outcome {
        var errors = ScenarioValidator.validate(paths, defaultAgent: agent)
        var scenarios = 0
        var agentFiles = Set<String>()
        if let files = try? ScenarioLoader.discover(paths) {
            scenarios = files.count
            for file in files {
                if let scenario = try? ScenarioLoader.loadScenario(file), let path = agent ?? scenario.agent { agentFiles.insert(path) }
            }
        }
        for path in agentFiles.sorted() {
            guard let config = try? ScenarioLoader.loadAgent(path) else { continue }
            if case .flow(let flow) = config.brain {
                do { _ = try FlowLoader.load(flow) } catch { errors.append(error) }
            }
        }
        return Outcome(scenarios: scenarios, agents: agentFiles.count, errors: errors)
    }
}
