extension ExternalAgentConfig {
    /// The keys of `external`.
    public static let keys = ["protocol", "url", "customParameters", "headers", "connectTimeoutMs", "callTimeoutMs", "escalation", "today"]
    /// The keys of `external.escalation`.
    public static let escalationKeys = ["says", "closedAfterMark"]
    /// The keys an agent file with `external` may have beside it.
    public static let agentKeys = ["name", "description", "external", "vocabulary"]

    /// Decodes `external`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let today = try mapping.optional("today").map { value throws(ScenarioError) -> String in
            let text = try value.string()
            guard BackendConfig.isCalendarDate(text) else { throw value.error("'\(text)' is not a date written YYYY-MM-DD") }
            return text
        }
        self.init(
            mediaProtocol: try mapping.optional("protocol")?.enumeration(MediaProtocol.self) ?? .twilio,
            url: try mapping.required("url").webSocketURL(),
            customParameters: Dictionary(try mapping.optional("customParameters")?.stringMapping() ?? [], uniquingKeysWith: { $1 }),
            headers: try mapping.optional("headers")?.headerTemplates() ?? [:],
            connectTimeoutMs: try mapping.optional("connectTimeoutMs")?.int(in: 100...120_000) ?? 5000,
            callTimeoutMs: try mapping.optional("callTimeoutMs")?.int(in: 1000...3_600_000),
            escalation: try mapping.optional("escalation", as: Self.escalation(yaml:)),
            today: today)
    }

    /// `escalation`: `says` (a phrase or a list) or `closedAfterMark` (a mark's name).
    private static func escalation(yaml: YAMLValue) throws(ScenarioError) -> EscalationSignal {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(escalationKeys)
        switch (mapping.optional("says"), mapping.optional("closedAfterMark")) {
        case (let says?, nil): return .says(try says.nonEmptyStringList())
        case (nil, let mark?): return .closedAfterMark(try mark.nonEmptyString())
        default: throw yaml.error("needs one of says or closedAfterMark")
        }
    }
}
