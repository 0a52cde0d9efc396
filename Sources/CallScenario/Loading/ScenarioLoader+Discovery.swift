import Foundation

extension ScenarioLoader {
    /// Folders that hold agents, profiles, flows, tools, judges and schemas rather than scenarios.
    public static let skippedFolders: Set<String> = ["agents", "profiles", "flows", "tools", "judges", "schema"]

    /// The scenario files named by `paths`: files as given, directories searched
    /// recursively for `*.yaml` and `*.yml` (skipping the folders in `skippedFolders`,
    /// hidden entries, files whose name starts with `_`, and agent, profile, flow and judge files
    /// recognized by their keys; see `kind(of:)`). Absolute, sorted, no duplicates. A path
    /// that does not exist is an error.
    public static func discover(_ paths: [String]) throws(ScenarioError) -> [String] {
        var found = Set<String>()
        for path in paths {
            let file = absolute(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw ScenarioError(file: path, line: nil, key: nil, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                found.formUnion(scenarioFiles(in: URL(fileURLWithPath: file)))
            } else {
                found.insert(file)
            }
        }
        return found.sorted()
    }

    private static func scenarioFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var out: [String] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !skippedFolders.contains(name) { out += scenarioFiles(in: url) }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"), kind(of: url.path) == .scenario {
                out.append(url.standardized.path)
            }
        }
        return out
    }
}
