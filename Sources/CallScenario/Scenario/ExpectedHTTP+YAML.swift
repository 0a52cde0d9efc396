extension ExpectedHTTP {
    /// The keys of an HTTP check.
    public static let keys = ["get", "json", "headers", "timeoutMs"]

    /// Decodes one check of `expect.http`: `{get: URL, json: {...}, headers?, timeoutMs?}`.
    /// Nothing is fetched here: a check is only read and checked.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let url = try mapping.required("get").httpURLTemplate()
        let jsonValue = try mapping.required("json")
        let json = try jsonValue.json()
        guard case .object = json else { throw jsonValue.error("expected a mapping: the keys the answer must hold, with their values") }
        self.init(url: url, headers: try mapping.optional("headers")?.headerTemplates() ?? [:], json: json,
                  timeoutMs: try mapping.optional("timeoutMs")?.int(in: 100...60_000) ?? Self.defaultTimeoutMs, line: yaml.line)
    }

    /// `expect.http`: one check, or a list of them.
    static func list(_ yaml: YAMLValue?) throws(ScenarioError) -> [ExpectedHTTP] {
        guard let yaml else { return [] }
        var checks: [ExpectedHTTP] = []
        for item in yaml.isList ? try yaml.list() : [yaml] { checks.append(try ExpectedHTTP(yaml: item)) }
        return checks
    }
}
