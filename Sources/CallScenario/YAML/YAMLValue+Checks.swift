import Foundation
import Yams

extension YAMLValue {
    /// True when the value is a scalar (text, number, boolean).
    var isScalar: Bool {
        if case .scalar = node { return true }
        return false
    }

    /// True when the value is a mapping.
    var isMapping: Bool {
        if case .mapping = node { return true }
        return false
    }

    /// True when the value is a list.
    var isList: Bool {
        if case .sequence = node { return true }
        return false
    }

    /// The case of `E` whose raw value the text is.
    func enumeration<E: RawRepresentable & CaseIterable>(_: E.Type) throws(ScenarioError) -> E where E.RawValue == String {
        let text = try choice(E.allCases.map(\.rawValue))
        return E(rawValue: text)!
    }

    /// An existing directory relative to this value's file, resolved and standardized.
    func existingDirectory() throws(ScenarioError) -> String {
        let path = try existingPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw error("not a directory: \(path)")
        }
        return path
    }

    /// An existing regular file relative to this value's file, resolved and standardized.
    func existingFile() throws(ScenarioError) -> String {
        let path = try existingPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw error("expected a file, found a directory: \(path)")
        }
        return path
    }

    /// A number greater than zero and at most `maximum`.
    func positiveDouble(atMost maximum: Double) throws(ScenarioError) -> Double {
        let value = try double(in: 0...maximum)
        guard value > 0 else { throw error("must be more than 0") }
        return value
    }

    /// A number of at least zero, with no upper bound.
    func nonNegativeDouble() throws(ScenarioError) -> Double {
        let value = try double()
        guard value >= 0 else { throw error("must be 0 or more, found \(numberText(value))") }
        return value
    }

    /// A mapping of texts (`name: text`), in file order.
    func stringMapping() throws(ScenarioError) -> [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        for (key, value) in try mapping().entries {
            guard value.isScalar, !value.isNull else { throw value.error("expected text") }
            out.append((key, try value.string()))
        }
        return out
    }

    /// A list of non-empty texts; a single text counts as a one-item list.
    func nonEmptyStringList() throws(ScenarioError) -> [String] {
        if isScalar { return [try nonEmptyString()] }
        var out: [String] = []
        for item in try list() { out.append(try item.nonEmptyString()) }
        return out
    }
}

/// A number as written in a file: no `.0` on whole numbers.
func numberText(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
}
