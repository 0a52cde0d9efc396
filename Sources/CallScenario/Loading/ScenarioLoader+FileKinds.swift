import Foundation

extension ScenarioLoader {
    /// What a YAML file of a project holds.
    public enum FileKind: String, Sendable, CaseIterable {
        case scenario, agent, profile, flow, tools, judge
    }

    /// Folders whose files are of one kind, by the folder's name.
    static let kindFolders: [String: FileKind] = ["agents": .agent, "profiles": .profile, "flows": .flow, "tools": .tools, "judges": .judge]

    /// The kind of the file at `path`: a `.tools.yaml` name is a list of tools wherever it
    /// is; else by the folder it is in (`agents`, `profiles`, `flows`, `tools`, `judges`)
    /// or a `.flow.yaml` name; otherwise by its top-level keys (`start` or `nodes`: a flow;
    /// `id` or `turns`: a scenario; `judge`: a judge; `brain` or another agent-only key: an
    /// agent; `transport`, `llm` or `tools`: a latency profile). A file that says nothing, or cannot be parsed,
    /// is a scenario, and its loader then says what is wrong with it.
    public static func kind(of path: String) -> FileKind {
        let url = URL(fileURLWithPath: absolute(path))
        let name = url.lastPathComponent
        if name.hasSuffix(".tools.yaml") || name.hasSuffix(".tools.yml") { return .tools }
        if let kind = kindFolders[url.deletingLastPathComponent().lastPathComponent] { return kind }
        if name.hasSuffix(".flow.yaml") || name.hasSuffix(".flow.yml") { return .flow }
        guard let keys = try? Set(YAMLFile.load(url.path).mapping().keys) else { return .scenario }
        if keys.contains("start") || keys.contains("nodes") { return .flow }
        if keys.contains("id") || keys.contains("turns") { return .scenario }
        if keys.contains("judge") { return .judge }
        if !keys.isDisjoint(with: Set(AgentConfig.keys).subtracting(LatencyProfile.keys)) { return .agent }
        if !keys.isDisjoint(with: ["transport", "llm", "tools"]) { return .profile }
        return .scenario
    }

    /// Every YAML file named by `paths`, with its kind: files as given, directories searched
    /// recursively for `*.yaml` and `*.yml`, agents, profiles and flows folders included
    /// (skipping `schema` folders, hidden entries and files whose name starts with `_`).
    /// Absolute, sorted, no duplicates. A path that does not exist is an error.
    public static func discoverAll(_ paths: [String]) throws(ScenarioError) -> [(path: String, kind: FileKind)] {
        var found = Set<String>()
        for path in paths {
            let file = absolute(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw ScenarioError(file: path, line: nil, key: nil, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                found.formUnion(yamlFiles(in: URL(fileURLWithPath: file)))
            } else {
                found.insert(file)
            }
        }
        return found.sorted().map { ($0, kind(of: $0)) }
    }

    private static func yamlFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var out: [String] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if name != "schema" { out += yamlFiles(in: url) }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                out.append(url.standardized.path)
            }
        }
        return out
    }

    /// Loads the tools file at `path` (a list of tools, as an agent file's `tools`).
    public static func loadTools(_ path: String) throws(ScenarioError) -> [ToolConfig] {
        try ToolConfig.list(yaml: try YAMLFile.load(absolute(path)))
    }

    /// Loads the latency profile file at `path`.
    public static func loadProfile(_ path: String) throws(ScenarioError) -> LatencyProfile {
        try LatencyProfile(yaml: try YAMLFile.load(absolute(path)))
    }

    /// Loads the judge file at `path` (`--judge FILE`).
    public static func loadJudge(_ path: String) throws(ScenarioError) -> JudgeConfig {
        try JudgeConfig(file: try YAMLFile.load(absolute(path)))
    }
}
