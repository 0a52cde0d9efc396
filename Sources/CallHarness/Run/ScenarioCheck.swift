import CallDatabase
import CallScenario
import Foundation

/// `validate`: every scenario, agent, latency profile, flow and judge file named (folders
/// searched, their agents, profiles and flows folders included; see
/// `ScenarioLoader.discoverAll`), and the agents the scenarios call with their profiles
/// and flows.
public enum ScenarioCheck {
    /// What was checked and what is wrong.
    public struct Outcome: Sendable {
        public var scenarios: Int
        public var agents: Int
        public var profiles: Int = 0
        public var flows: Int = 0
        public var judges: Int = 0
        public var errors: [ScenarioError]
    }

    /// Checks `paths` (and `agent`, when given, for every scenario). Each problem is
    /// reported once, however many files lead to it.
    public static func problems(_ paths: [String], agent: String?) -> Outcome {
        var errors: [ScenarioError] = []
        var files: [(path: String, kind: ScenarioLoader.FileKind)] = []
        for path in paths {
            do {
                let found = try ScenarioLoader.discoverAll([path])
                if found.isEmpty { errors.append(ScenarioError(file: path, line: nil, key: nil, message: "no YAML files (*.yaml, *.yml) found")) }
                files += found
            } catch {
                errors.append(error)
            }
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0.path).inserted }
        func named(_ kind: ScenarioLoader.FileKind) -> [String] { files.filter { $0.kind == kind }.map(\.path) }

        let scenarios = named(.scenario)
        errors += ScenarioValidator.validate(files: scenarios, defaultAgent: agent)
        var agentFiles = Set(named(.agent))
        for file in scenarios {
            if let scenario = try? ScenarioLoader.loadScenario(file), let path = agent.map(absolute) ?? scenario.agent { agentFiles.insert(absolute(path)) }
        }
        var flowFiles = named(.flow)
        var databases: [String: SQLiteDatabase] = [:]
        for path in agentFiles.sorted() {
            do {
                let config = try ScenarioLoader.loadAgent(path)
                if config.external == nil, case .flow(let flow) = config.brain { flowFiles.append(flow) }
                // Tools and a database of the agent's own are checked against that database.
                if !config.tools.isEmpty || config.backend?.type == BackendConfig.sqliteType {
                    databases[absolute(path)] = try PreparedAgent.checkDeclarations(config)
                }
            } catch let error as ScenarioError {
                errors.append(error)
            } catch {
                errors.append(ScenarioError(file: path, line: nil, key: nil, message: "\(error)"))
            }
        }
        for path in named(.tools) {
            do { _ = try ScenarioLoader.loadTools(path) } catch { errors.append(error) }
        }
        for file in scenarios {
            guard let scenario = try? ScenarioLoader.loadScenario(file), !scenario.expect.state.isEmpty,
                  let agentPath = agent.map(absolute) ?? scenario.agent.map(absolute), let database = databases[agentPath] else { continue }
            for (index, check) in scenario.expect.state.enumerated() {
                do {
                    guard try database.prepareScript(check.sql).allSatisfy(\.readOnly) else {
                        errors.append(ScenarioError(file: file, line: check.line, key: "expect.state[\(index)].sql", message: "a state check must only read"))
                        continue
                    }
                } catch {
                    errors.append(ScenarioError(file: file, line: check.line, key: "expect.state[\(index)].sql", message: error.cause))
                }
            }
        }
        let profiles = named(.profile)
        for path in profiles {
            do { _ = try ScenarioLoader.loadProfile(path) } catch { errors.append(error) }
        }
        let judges = named(.judge)
        for path in judges {
            do { _ = try ScenarioLoader.loadJudge(path) } catch { errors.append(error) }
        }
        var checkedFlows = Set<String>()
        for path in flowFiles.map(absolute) where checkedFlows.insert(path).inserted {
            do { _ = try FlowLoader.load(path) } catch { errors.append(error) }
        }
        var reported = Set<String>()
        errors = errors.filter { reported.insert($0.description).inserted }
        return Outcome(scenarios: scenarios.count, agents: agentFiles.count, profiles: profiles.count, flows: checkedFlows.count, judges: judges.count, errors: errors)
    }

    private static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardized.path }
}
