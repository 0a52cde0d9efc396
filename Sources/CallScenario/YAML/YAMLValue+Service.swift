extension YAMLValue {
    /// An `http://` or `https://` URL.
    func httpURL() throws(ScenarioError) -> String {
        let url = try nonEmptyString()
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw error("'\(url)' is not an http:// or https:// URL") }
        return url
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
