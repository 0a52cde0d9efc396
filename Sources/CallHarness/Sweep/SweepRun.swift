import ReportModel
import CallScenario
import Foundation

/// A sweep: every scenario under the paths × every cell of the grid is one call, with
/// its own seed from (run seed, scenario id, cell key). Every cell's scenarios are
/// decoded (and so validated, with file and line) before any call runs.
public enum SweepRun {
    /// The calls a sweep makes.
    public struct Plan: Sendable {
        /// The grid.
        public let grid: SweepGrid
        /// The scenario ids, sorted.
        public let scenarioIDs: [String]
        /// The agent of each distinct set of `agent.` values, the first for the first cell.
        public let agents: [AgentConfig]
        /// Every call, cell by cell in grid order, scenarios by id within a cell.
        let calls: [PlannedCall]

        /// How many calls the sweep makes (before sharding).
        public var callCount: Int { calls.count }
    }

    /// Loads the scenarios and agent and decodes every cell's scenarios and agent.
    public static func plan(_ options: SweepOptions) throws -> Plan {
        let grid = try SweepGrid(axes: options.axes)
        let (scenarios, base) = try ScenarioRun.load(options.run)
        let documents = try scenarios.map { scenario throws(ScenarioError) in try YAMLFile.load(scenario.file) }
        let runAgents = try RunAgents(scenarios, options: options.run)
        let bases = try runAgents.configs(options: options.run, main: base)
        var agentIndex: [String: Int] = [:]
        var agents: [AgentConfig] = []
        var calls: [PlannedCall] = []
        for cell in grid.cells {
            let settings = zip(grid.axes, cell.values)
            let agentOverrides = settings.compactMap { axis, value in axis.agentKey.map { (key: $0, value: value) } }
            let cellKey = agentOverrides.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
            // Each scenario's own agent, with the cell's agent settings.
            for (position, file) in runAgents.files.enumerated() where agentIndex[file + "\n" + cellKey] == nil {
                agentIndex[file + "\n" + cellKey] = agents.count
                agents.append(agentOverrides.isEmpty ? bases[position] : try loadAgent(file, options: options.run, cell: agentOverrides))
            }
            for ((scenario, document), agent) in zip(zip(scenarios, documents), runAgents.index) {
                let agentKey = runAgents.files[agent] + "\n" + cellKey
                let decoded: Scenario
                do {
                    var yaml = document
                    for (axis, value) in settings { yaml = try axis.apply(value, to: yaml) }
                    decoded = try Scenario(yaml: yaml)
                } catch {
                    throw attribute(error, axes: grid.axes, values: cell.values)
                }
                calls.append(PlannedCall(scenario: decoded, agent: agentIndex[agentKey]!, cell: cell.key,
                                         name: "\(scenario.id)@\(cell.key)", folder: "calls/\(scenario.id)/\(folderName(cell))"))
            }
        }
        return Plan(grid: grid, scenarioIDs: scenarios.map(\.id), agents: agents, calls: calls)
    }

    /// Runs the sweep (the calls of `options.run.shard`, when given) and writes the output
    /// set, its report.json with a `sweep` section, into `output` (by default one in
    /// `options.run.outputDirectory`).
    public static func execute(_ options: SweepOptions, version: String, interruption: RunInterruption? = nil,
                               output: OutputSet? = nil) throws -> ScenarioRun.Outcome {
        let wallStart = Date()
        let plan = try plan(options)
        let output = try output ?? OutputSet(options.run.outputDirectory)
        let agents = try plan.agents.map { try options.run.agents.make($0, cassette: options.run.cassette, listening: options.run.listening) }
        let total = options.run.shard?.positions(of: plan.calls.count).count ?? plan.calls.count
        let progress = SweepProgress(total: total, enabled: options.run.showProgress, started: wallStart)
        return try ScenarioRun.execute(plan.calls, agents: agents, config: plan.agents[0], options: options.run, output: output, version: version,
                                       wallStart: wallStart, interruption: interruption,
                                       progress: { done, call, report, wall in progress.line(done, call, report: report, wall: wall) },
                                       sweep: { calls in
                                SweepReport(axes: plan.grid.axes.map { SweepReport.Axis(name: $0.name, sets: $0.sets, values: $0.values) },
                                            cells: plan.grid.cells.map { ($0.key, $0.values) }, scenarios: plan.scenarioIDs,
                                            keepAudio: options.run.keepAudio.rawValue, calls: calls)
                            })
    }

    /// `c<n>-<key>` with the key's characters made safe for a folder name.
    static func folderName(_ cell: SweepGrid.Cell) -> String {
        let safe = String(cell.key.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "=": "-"
            case ",": "_"
            case _ where scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"): Character(scalar)
            default: "-"
            }
        })
        return "c\(cell.index + 1)-\(safe.prefix(80))"
    }

    private static func loadAgent(_ file: String, options: RunOptions, cell: [(key: String, value: String)]) throws -> AgentConfig {
        do {
            return try ScenarioLoader.loadAgent(file, overrides: options.overrides + cell)
        } catch {
            for (key, value) in cell where error.message.contains("(from --set \(key)=\(value))") {
                throw ScenarioError(file: error.file, line: error.line, key: error.key,
                                    message: error.message.replacingOccurrences(of: "(from --set \(key)=\(value))", with: "(from --axis agent.\(key)=\(value))"))
            }
            throw error
        }
    }

    /// An error in a cell's scenario, said to come from the axis whose key it is about.
    private static func attribute(_ error: any Error, axes: [SweepAxis], values: [String]) -> any Error {
        guard let error = error as? ScenarioError else { return error }
        let key = (error.key ?? "").replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        for (axis, value) in zip(axes, values).reversed() where axis.agentKey == nil {
            let touches: Bool
            switch axis.name {
            case "voice", "rate", "persona": touches = key.hasPrefix("caller.")
            case "jitter", "codec", "loss": touches = key.hasPrefix("line.")
            case "snr", "noise": touches = key.hasPrefix("noise")
            default: touches = key == axis.name || key.hasPrefix(axis.name + ".") || axis.name.hasPrefix(key + ".")
            }
            guard touches else { continue }
            return ScenarioError(file: error.file, line: error.line, key: error.key, message: "\(error.message) (from --axis \(axis.name)=\(value))")
        }
        return error
    }
}
