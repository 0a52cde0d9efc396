/// The extra headers of a media socket's handshake, written with `${NAME}` references to
/// environment variables so a configuration file never holds a secret.
public struct MediaSocketHeaders: Sendable, Equatable {
    /// The headers with every reference replaced.
    public let values: [String: String]
    /// The values that came from the environment: whatever stores or prints anything about
    /// the call must mask them.
    public let secrets: [String]

    /// Resolves `templates` against `environment`; an unset variable is an error that
    /// names the header and the variable, not any value.
    public init(resolving templates: [String: String], environment: [String: String]) throws(MediaSocketError) {
        var values: [String: String] = [:]
        var secrets: [String] = []
        for name in templates.keys.sorted() {
            let (text, found) = try EnvironmentTemplate.resolve(templates[name] ?? "", field: "header \(name)", environment: environment)
            values[name] = text
            secrets += found
        }
        self.values = values
        self.secrets = secrets
    }

    /// Headers given as they are (tests, `serve`): nothing to mask.
    public init(_ values: [String: String]) {
        self.values = values
        secrets = []
    }
}
