import CallProviders
import CallScenario

/// Makes the agents of a run from their configurations: the in-process pipeline for an
/// agent file with a brain, and — through `external`, which the module that speaks
/// media streams supplies — an agent that runs elsewhere.
public struct AgentMaker: Sendable {
    /// Makes an agent that runs elsewhere from its configuration.
    public typealias External = @Sendable (AgentConfig, CallerListening) throws -> any CallableAgent

    /// How agents with `external` are made; nil: such an agent is an error.
    public var external: External?

    /// Creates a maker.
    public init(external: External? = nil) { self.external = external }

    /// The agent `config` describes, its model calls going per `cassette`, the caller
    /// listening to it as `listening` says.
    func make(_ config: AgentConfig, cassette: CassetteMode, listening: CallerListening) throws -> any CallableAgent {
        guard config.external != nil else { return try PreparedAgent(config, cassette: cassette, listening: listening) }
        guard let external else {
            throw ScenarioError(file: config.file, line: nil, key: "external", message: "this program cannot call an agent over a media stream")
        }
        return try external(config, listening)
    }
}
