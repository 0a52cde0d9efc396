import CallScenario

/// The agents of a run: each scenario calls its own agent file (or `--agent` for all), so
/// one run can test several agents side by side — the hospital receptionist and the
/// store's line in `run Scenarios`. The run's main agent, the one its report describes
/// first, is the one most scenarios call (of two as many, the first by path).
struct RunAgents {
    /// The agent files, main first, then by path.
    let files: [String]
    /// For each scenario (in the order given), the index of its agent in `files`.
    let index: [Int]

    /// The agents `scenarios` call; a scenario that names none calls the main agent.
    init(_ scenarios: [Scenario], options: RunOptions) throws(ScenarioError) {
        let named = scenarios.map { options.agentPath ?? $0.agent }
        var counts: [String: Int] = [:]
        for file in named.compactMap({ $0 }) { counts[file, default: 0] += 1 }
        guard let main = counts.keys.sorted().max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) }) else {
            throw ScenarioError(file: scenarios.first?.file ?? options.paths.joined(separator: ", "), line: nil, key: "agent",
                                message: "no agent: name one in the scenario or pass --agent")
        }
        let files = [main] + counts.keys.filter { $0 != main }.sorted()
        self.files = files
        index = named.map { file in file.flatMap { files.firstIndex(of: $0) } ?? 0 }
    }

    /// The configurations of `files` with the run's overrides; `main`, when given, is the
    /// first one already loaded.
    func configs(options: RunOptions, main: AgentConfig? = nil) throws(ScenarioError) -> [AgentConfig] {
        var out: [AgentConfig] = []
        for (position, file) in files.enumerated() {
            if position == 0, let main { out.append(main); continue }
            out.append(try ScenarioLoader.loadAgent(file, overrides: options.overrides))
        }
        return out
    }
}
