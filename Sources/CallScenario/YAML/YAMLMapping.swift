/// A YAML mapping with located values; `allowOnly` turns typos into errors.
public struct YAMLMapping: Sendable {
    /// Entries in file order.
    public let entries: [(key: String, value: YAMLValue)]
    /// The mapping itself, for errors about missing keys.
    public let owner: YAMLValue

    /// The keys in file order.
    public var keys: [String] { entries.map(\.key) }

    /// The value at `key`, or nil (also nil for an explicit `null`).
    public func optional(_ key: String) -> YAMLValue? {
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// The value at `key`; an error naming the key when it is missing.
    public func required(_ key: String) throws(ScenarioError) -> YAMLValue {
        guard let value = optional(key) else {
            let where_ = owner.path.isEmpty ? key : "\(owner.path).\(key)"
            throw ScenarioError(file: owner.file, line: owner.line, key: where_, message: "is required")
        }
        return value
    }

    /// Fails on the first key not in `known`, suggesting the closest known key.
    public func allowOnly(_ known: [String]) throws(ScenarioError) {
        for (key, value) in entries where !known.contains(key) {
            let suggestion = known.min { editDistance($0, key) < editDistance($1, key) }
            let hint = suggestion.map { editDistance($0, key) <= max(2, key.count / 3) ? " (did you mean '\($0)'?)" : "" } ?? ""
            throw ScenarioError(file: value.file, line: value.line ?? owner.line, key: value.path, message: "unknown key\(hint); known keys: \(known.joined(separator: ", "))")
        }
    }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
        var previous = row[0]
        row[0] = i
        for j in 1...b.count {
            let saved = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = saved
        }
    }
    return row[b.count]
}
