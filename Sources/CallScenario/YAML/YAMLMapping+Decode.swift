extension YAMLMapping {
    /// The value at `key` decoded by `decode`, or nil when the key is absent.
    func optional<T>(_ key: String, as decode: (YAMLValue) throws(ScenarioError) -> T) throws(ScenarioError) -> T? {
        guard let value = optional(key) else { return nil }
        return try decode(value)
    }

    /// The value at `key` decoded by `decode`; an error when the key is missing.
    func required<T>(_ key: String, as decode: (YAMLValue) throws(ScenarioError) -> T) throws(ScenarioError) -> T {
        try decode(try required(key))
    }

    /// The entry for `key`, even when its value is null.
    func entry(_ key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }
}
