import AgentInterface
import AgentTools
import CallDatabase
import CallProviders
import CallScenario
import CallSpeech
import CallText
import Foundation
import SimTime
import VoicePipeline

/// An in-process agent made ready for many calls: its domain and declared tools, and the
/// factories of its brain, its voice and its recognizer. Shared by every call of a run;
/// each call connects to a fresh `VoiceAgent` with its own backend, on simulated time.
public final class PreparedAgent: CallableAgent, @unchecked Sendable {
    /// The configuration.
    public let config: AgentConfig
    /// The domain the agent's backend belongs to, nil for an agent without a backend.
    public let domain: (any AgentDomain)?
    /// The tools the agent file declares, ready to run.
    let declared: [DeclaredTool]
    /// The tool that hands a call to a person: the declared hand-off, else the domain's.
    public let handoffTool: String?
    /// Makes each call's brain.
    let brains: AgentBrains
    /// Makes each call's voice.
    let voices: AgentVoices
    /// Lends each call a recognizer.
    let recognizers: AgentRecognizers
    /// How the simulated caller listens to it: its captions (the default), or recognizing
    /// its audio (`--ear recognize`).
    public let listening: CallerListening

    /// Loads the flow (or sets up the model client, whose calls go live, are recorded or
    /// are replayed per `cassette`) and builds the recognizer's language model; the caller
    /// listens to it as `listening` says.
    public init(_ config: AgentConfig, cassette: CassetteMode = .off, listening: CallerListening = .captions) throws {
        self.config = config
        self.listening = listening
        let domain = try Self.domain(config)
        self.domain = domain
        let transport = cassette.transport()
        let seeded = try domain?.makeBackend().database
        declared = try Self.declaredTools(config, database: seeded, transport: transport, cassette: cassette)
        let handoffTool = config.tools.first(where: \.handoff)?.name ?? domain?.handoffTool
        self.handoffTool = handoffTool
        let brains = try AgentBrains(config, domain: domain, handoffTool: handoffTool, cassette: cassette, transport: transport)
        self.brains = brains
        voices = try AgentVoices(config, cassette: cassette, transport: transport)
        // The flow's slot queries run on the seeded database now, whatever recognizer listens:
        // one that does not fit the database is an error before any call.
        let flow = brains.flow
        let slots = try Self.slotValues(flow, database: seeded, today: domain?.today, config: config)
        recognizers = try AgentRecognizers(config, cassette: cassette, transport: transport) {
            let values = try Self.placeholderValues(domain, config: config)
            return DomainCorpus.expand(flow.corpus, values: values.merging(slots) { domain, _ in domain }.merging(DomainCorpus.generic) { known, _ in known })
                + flow.intents.flatMap { $0.examples + $0.keywords }
                + config.interruption.backchannels + config.guardrails.emergency.phrases
                + (brains.model == nil ? [] : values.keys.sorted().flatMap { values[$0]! })
        }
    }

    /// The flow, for flow brains (empty for model brains).
    public var flow: FlowDefinition { brains.flow }
    /// The recognizer setup, for the pocketsphinx STT engine (nil for the others).
    public var recognizer: PocketSphinxConfiguration? { recognizers.configuration }
    /// Words of the domain corpus that got no pronunciation (reported, not fatal).
    public var unpronounceable: [String] { recognizers.unpronounceable }

    /// The domain `config.backend.type` names, built from the backend's settings.
    static func domain(_ config: AgentConfig) throws -> (any AgentDomain)? {
        guard let backend = config.backend else {
            if case .flow = config.brain {
                throw ScenarioError(file: config.file, line: nil, key: "backend", message: "the flow brain needs a backend")
            }
            return nil
        }
        if backend.type == BackendConfig.sqliteType { return try sqliteDomain(backend, config: config) }
        guard let factory = DomainCatalog.factory(for: backend.type) else {
            let known = DomainCatalog.types
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend.type",
                                message: "unknown backend type '\(backend.type)'; types: \(([BackendConfig.sqliteType] + known).joined(separator: ", "))")
        }
        let settings = DomainCatalog.Settings(type: backend.type, fixtures: backend.fixtures, today: backend.today, agentFile: config.file)
        do {
            return try factory(settings)
        } catch let error as ToolFailure {
            throw ScenarioError(file: config.file, line: backend.typeLine, key: "backend", message: error.message)
        }
    }

    /// The first-column values of a flow slot's query on the call's database, its `:slot`
    /// parameters bound to the slots filled (checked when the agent was prepared; a failure
    /// now gives no values).
    static func slotQuery(_ sql: String, slots: [String: String], database: SQLiteDatabase?, today: CalendarDate) -> [String] {
        guard let database else { return [] }
        var binds = slots.mapValues { SQLiteValue.text($0) }
        binds[SQLTool.todayParameter] = .text(today.iso)
        let rows = (try? database.script(sql, named: binds).rows) ?? []
        return rows.compactMap { $0.values.first }.filter { !$0.isNull }.map(\.plainText)
    }

    /// Values for the corpus placeholders: the calendar's (`weekday`, `date`, `time`,
    /// `year`) and the domain's.
    static func placeholderValues(_ domain: (any AgentDomain)?, config: AgentConfig) throws -> [String: [String]] {
        let calendar = ["weekday": DomainCorpus.weekdays, "date": DomainCorpus.spokenDates, "time": DomainCorpus.spokenTimes,
                        "year": DomainCorpus.spokenYears]
        guard let domain else { return calendar }
        return calendar.merging(try domain.corpusValues()) { _, domain in domain }
    }

    /// A fresh backend for one call (nil for an agent without one).
    func makeBackend() throws -> (any DomainBackend)? { try domain?.makeBackend() }

    /// The simulated calendar's today (nil for an agent without a backend).
    public var today: CalendarDate? { domain?.today }

    /// In-process agents run on simulated time.
    public var clock: SchedulerClock { .simulated }

    /// The agent's latency profile: every provider and the network are simulated.
    public var simulatedLatency: LatencyProfile? { config.latency }

    /// A fresh `VoiceAgent` for one call, with its own backend, brain and borrowed
    /// recognizer (given back by `close`).
    public func connect(_ setup: CallSetup) throws -> (agent: any CallAnswering, close: () -> Void) {
        let latency = setup.latency ?? SharedLatency(ProfileLatency(config.latency, seed: Seed.derive(setup.seed, "latency")))
        let backend = try makeBackend()
        setup.state.backend = backend
        let tools = MeteredTools(callTools(backend: backend, seed: setup.seed, failures: setup.toolFailures),
                                 measure: latency.measures.contains(.tools), fails: { latency.toolFails() })
        let brain = brains.make(tools: tools, backend: backend)
        let recognizer = try recognizers.borrow(lineRate: setup.lineSampleRate)
        let synthesizer: any SpeechSynthesizing
        do {
            synthesizer = try voices.make()
        } catch {
            recognizers.giveBack(recognizer)
            throw error
        }
        let agent = VoiceAgent(parameters: config.pipelineConfig(lineRate: setup.lineSampleRate), scheduler: setup.scheduler,
                               trace: setup.trace, latency: latency, recognizer: recognizer.recognizer, synthesizer: synthesizer,
                               brain: brain, tools: tools, handoffTool: handoffTool)
        if recognizer.scripted { agent.scriptedTranscript = setup.transcriptOracle }
        return (agent, { self.recognizers.giveBack(recognizer) })
    }
}
