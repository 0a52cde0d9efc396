import AgentTools
import CallProviders
import CallScenario
import CallText
import VoicePipeline

/// Makes an agent's brain for each call: its flow, loaded once, or its model client with
/// the brain settings (the system prompt rendered, the API key read from the environment).
struct AgentBrains {
    /// The flow, for flow brains (empty for model brains).
    let flow: FlowDefinition
    /// The model client and brain settings, for llm brains.
    let model: (client: ChatCompletionsClient, settings: LLMBrain.Settings)?
    /// Today on the agent's calendar (a flow brain always has one: its domain's).
    private let today: CalendarDate?
    /// The tool that hands a call to a person.
    private let handoffTool: String?

    /// Loads the flow, or sets up the model client, whose calls go through `transport`.
    init(_ config: AgentConfig, domain: (any AgentDomain)?, handoffTool: String?, cassette: CassetteMode,
         transport: any ProviderTransport) throws {
        today = domain?.today
        self.handoffTool = handoffTool
        switch config.brain {
        case .flow(let path):
            flow = try FlowLoader.load(path)
            model = nil
        case .llm(let llm):
            flow = FlowDefinition(start: "", slots: [:], intents: [], globalRoutes: [:], nodes: [:],
                                  noInput: NoInputPolicy(prompt: "", maxAttempts: 0, then: ""), corpus: [])
            model = try Self.model(llm, config: config, domain: domain, handoffTool: handoffTool, cassette: cassette,
                                   transport: transport)
        }
    }

    /// A fresh brain for one call, using `tools` and the call's `backend`.
    func make(tools: any ToolProviding, backend: (any DomainBackend)?) -> any ResponseGenerating {
        if let model { return LLMBrain(client: model.client, tools: tools, settings: model.settings) }
        // A flow brain always has a domain (checked when the agent was prepared).
        let today = today!
        let context = FlowContext(today: today, entities: { name in backend?.entities(name) ?? [] }, handoffTool: handoffTool,
                                  query: { sql, slots in
                                      PreparedAgent.slotQuery(sql, slots: slots, database: backend?.database, today: today)
                                  })
        return FlowEngine(flow: flow, tools: tools, context: context)
    }
}
