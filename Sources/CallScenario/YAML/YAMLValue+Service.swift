extension YAMLValue {
    /// An `http://` or `https://` URL.
    func httpURL() throws(ScenarioError) -> String {
        let url = try nonEmptyString()
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw error("'\(url)' is not an http:// or https:// URL") }
        return url
    }

    /// An `http://` or `https://` URL with a host (it may hold `${NAME}` references).
    func httpURLTemplate() throws(ScenarioError) -> String { try urlTemplate(schemes: ["http", "https"], named: "an http:// or https://") }

    /// Headers: names (letters, digits, `-` and `_`) to texts whose `${NAME}` references
    /// each name an environment variable. A value is never quoted in an error: it may be a secret.
    func headerTemplates() throws(ScenarioError) -> [String: String] {
        var out: [String: String] = [:]
        for (name, value) in try mapping().entries {
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw value.error("'\(name)' is not a header name")
            }
            guard value.isScalar, !value.isNull else { throw value.error("expected text") }
            out[name] = try value.environmentTemplate()
        }
        return out
    }

    /// The name of an environment variable (letters, digits and `_`, not starting with a digit).
    /// A value that is not one is not quoted in the error: it may be the key itself.
    func environmentVariableName() throws(ScenarioError) -> String {
        let name = try nonEmptyString()
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw error("not an environment variable name (letters, digits and _): name the variable that holds the key, never the key itself")
        }
        return name
    }
}
