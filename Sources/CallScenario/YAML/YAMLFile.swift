import Foundation
import Yams

/// Loads YAML documents as located values.
public enum YAMLFile {
    /// Reads and parses `path`. Syntax errors name the file and line.
    public static func load(_ path: String) throws(ScenarioError) -> YAMLValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(file: path, line: nil, key: nil, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "file not found")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(file: path, line: nil, key: nil, message: "not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses YAML text that came from `file`.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> YAMLValue {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioError(file: file, line: 1, key: nil, message: "the file is empty")
            }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw ScenarioError(file: file, line: Self.line(of: error), key: nil, message: "YAML syntax: \(Self.problem(of: error))")
        } catch {
            throw ScenarioError(file: file, line: nil, key: nil, message: "YAML syntax: \(error)")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            [context.map { $0.text }, problem].compactMap { $0 }.joined(separator: " ")
        case .duplicatedKeysInMapping(let duplicates, _): "duplicated key \(duplicates.joined(separator: ", "))"
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
