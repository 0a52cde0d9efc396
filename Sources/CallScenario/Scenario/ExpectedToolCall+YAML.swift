extension ExpectedToolCall {
    /// Decodes an item of `toolCalls`: a tool name, or `tool_name: {arg: value, ...}`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        if yaml.isScalar {
            self.init(name: try Self.toolName(yaml, try yaml.nonEmptyString()))
            return
        }
        let mapping = try yaml.mapping()
        guard mapping.entries.count == 1, let (name, value) = mapping.entries.first else {
            throw yaml.error("expected a tool name or one 'tool_name: {argument: value}' pair, found \(mapping.entries.count) keys")
        }
        var arguments: [String: String] = [:]
        if !value.isNull {
            for (argument, text) in try value.stringMapping() { arguments[argument] = text }
        }
        self.init(name: try Self.toolName(value, name), arguments: arguments)
    }

    /// Checks that `name` reads like a function name (letters, digits, underscores).
    static func toolName(_ value: YAMLValue, _ name: String) throws(ScenarioError) -> String {
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw value.error("'\(name)' is not a tool name (letters, digits and underscores)")
        }
        return name
    }
}
