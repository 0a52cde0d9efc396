/// Text with `${NAME}` references to environment variables, as an agent's configuration
/// writes a URL or header that holds a secret.
public enum EnvironmentTemplate {
    /// `template` with every reference replaced from `environment`, and the values that
    /// were put in (secrets to mask wherever the text might be shown). An unset variable
    /// is an error naming `field` and the variable, never any value.
    public static func resolve(_ template: String, field: String, environment: [String: String]) throws(MediaSocketError) -> (text: String, secrets: [String]) {
        var rest = Substring(template)
        var resolved = ""
        var secrets: [String] = []
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            let variable = String(rest[open.upperBound..<close])
            guard let value = environment[variable] else { throw .missingVariable(field: field, variable: variable) }
            resolved += rest[..<open.lowerBound]
            resolved += value
            secrets.append(value)
            rest = rest[rest.index(after: close)...]
        }
        return (resolved + rest, secrets)
    }
}
