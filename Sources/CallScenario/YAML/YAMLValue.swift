import Foundation
import Yams

/// A YAML value that remembers its file, line and key path, so every error names them.
public struct YAMLValue: @unchecked Sendable {
    let node: Node
    /// The file it came from.
    public let file: String
    /// Dotted key path from the document root (`turns[2].pause.ms`).
    public let path: String

    init(node: Node, file: String, path: String) {
        self.node = node
        self.file = file
        self.path = path
    }

    /// 1-based line of the value.
    public var line: Int? { node.mark?.line }

    /// An error located at this value.
    public func error(_ message: String) -> ScenarioError {
        ScenarioError(file: file, line: line, key: path, message: message)
    }

    /// True for `~`, `null` or an empty value.
    public var isNull: Bool {
        if case .scalar(let s) = node { return s.tag.rawValue == Tag.Name.null.rawValue || (s.string.isEmpty && s.style == .plain) || ["~", "null", "Null", "NULL"].contains(s.string) && s.style == .plain }
        return false
    }

    private var kind: String {
        switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The value as text (any scalar).
    public func string() throws(ScenarioError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected text, found \(kind)") }
        return scalar.string
    }

    /// Non-empty text.
    public func nonEmptyString() throws(ScenarioError) -> String {
        let text = try string()
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw error("must not be empty") }
        return text
    }

    /// One of `choices`.
    public func choice(_ choices: [String]) throws(ScenarioError) -> String {
        let text = try string()
        guard choices.contains(text) else { throw error("'\(text)' is not one of \(choices.joined(separator: ", "))") }
        return text
    }

    /// An integer within `range`.
    public func int(in range: ClosedRange<Int> = Int.min...Int.max) throws(ScenarioError) -> Int {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            throw error("expected an integer, found \(describe())")
        }
        guard range.contains(value) else { throw error("\(value) is out of range (\(range.lowerBound)…\(range.upperBound))") }
        return value
    }

    /// A number within `range`.
    public func double(in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) throws(ScenarioError) -> Double {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            throw error("expected a number, found \(describe())")
        }
        guard range.contains(value) else { throw error("\(formatted(value)) is out of range (\(formatted(range.lowerBound))…\(formatted(range.upperBound)))") }
        return value
    }

    /// `true` or `false`.
    public func bool() throws(ScenarioError) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { throw error("expected true or false, found \(describe())") }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false, found '\(scalar.string)'")
        }
    }

    /// The items of a list.
    public func list() throws(ScenarioError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw error("expected a list, found \(kind)") }
        return sequence.enumerated().map { YAMLValue(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    /// A list of texts; a single text counts as a one-item list.
    public func stringList() throws(ScenarioError) -> [String] {
        if case .scalar = node { return [try string()] }
        var out: [String] = []
        for item in try list() { out.append(try item.string()) }
        return out
    }

    /// The value as a mapping.
    public func mapping() throws(ScenarioError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping, found \(kind)") }
        var entries: [(key: String, value: YAMLValue)] = []
        for (key, value) in mapping {
            guard case .scalar(let k) = key else { throw YAMLValue(node: key, file: file, path: path).error("keys must be text") }
            entries.append((k.string, YAMLValue(node: value, file: file, path: path.isEmpty ? k.string : "\(path).\(k.string)")))
        }
        return YAMLMapping(entries: entries, owner: self)
    }

    /// A file path relative to this value's file, resolved and checked to exist.
    public func existingPath() throws(ScenarioError) -> String {
        let raw = try nonEmptyString()
        let resolved = (raw.hasPrefix("/") ? URL(fileURLWithPath: raw) : URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(raw)).standardized.path
        guard FileManager.default.fileExists(atPath: resolved) else { throw error("file not found: \(raw) (looked for \(resolved))") }
        return resolved
    }

    /// The value as plain data: strings, numbers, booleans, arrays and dictionaries.
    public func plain() -> Any {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if let i = Int(s.string) { return i }
                if let d = Double(s.string) { return d }
                if s.string == "true" { return true }
                if s.string == "false" { return false }
            }
            return s.string
        case .sequence(let seq): return seq.map { YAMLValue(node: $0, file: file, path: path).plain() }
        case .mapping(let m):
            var out: [String: Any] = [:]
            for (k, v) in m { out[k.string ?? "\(k)"] = YAMLValue(node: v, file: file, path: path).plain() }
            return out
        case .alias: return NSNull()
        }
    }

    private func describe() -> String {
        if case .scalar(let s) = node { return "'\(s.string)'" }
        return kind
    }

    private func formatted(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
