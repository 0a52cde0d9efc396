import CallScenario

/// What `callharness replay` was asked to do.
public struct ReplayOptions: Sendable {
    /// The recording: mono (the caller) or stereo (caller and original agent).
    public var audioPath: String
    /// Reference words of the caller's turns: plain text, one turn per line, or JSON
    /// with times.
    public var transcriptPath: String?
    /// The agent to replay against.
    public var agentPath: String
    /// `--set KEY=VALUE` overrides of agent and profile values, in order.
    public var overrides: [(key: String, value: String)]
    /// Output folder.
    public var outputDirectory: String
    /// The channel that holds the caller (0 or 1).
    public var callerChannel: Int
    /// The run seed; nil to use the recorded call's own seed when the recording comes
    /// from a run's output folder (else 42).
    public var seed: UInt64?
    /// How the agent is made: an agent file with `external` is called over its media
    /// stream in real time when the maker can (see `AgentMaker`).
    public var agents = AgentMaker()
    /// How the replayed caller's ear takes in an agent that publishes no captions (an
    /// agent elsewhere): the recognizer its words are recognized with (`--ear`).
    public var listening: CallerListening = .captions

    /// The agent replayed against by default.
    public static let defaultAgent = "Scenarios/agents/receptionist.yaml"

    /// Creates options.
    public init(audioPath: String, transcriptPath: String? = nil, agentPath: String = ReplayOptions.defaultAgent,
                overrides: [(key: String, value: String)] = [], outputDirectory: String = "Reports/replay", callerChannel: Int = 0,
                seed: UInt64? = nil) {
        self.audioPath = audioPath
        self.transcriptPath = transcriptPath
        self.agentPath = agentPath
        self.overrides = overrides
        self.outputDirectory = outputDirectory
        self.callerChannel = callerChannel
        self.seed = seed
    }
}
