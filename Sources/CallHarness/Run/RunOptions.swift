import CallProviders
import CallScenario

/// What `callharness run` was asked to do.
public struct RunOptions: Sendable {
    /// Scenario files or folders.
    public var paths: [String]
    /// The agent for every scenario (overrides the scenarios' own `agent:`).
    public var agentPath: String?
    /// Output folder.
    public var outputDirectory: String
    /// The run seed.
    public var seed: UInt64
    /// Calls run in parallel.
    public var jobs: Int
    /// `--set KEY=VALUE` overrides of agent and profile values, in order.
    public var overrides: [(key: String, value: String)]
    /// Print progress lines to standard error.
    public var showProgress: Bool
    /// Whether model calls go live, are recorded to a cassette folder, or are replayed from one.
    public var cassette: CassetteMode = .off
    /// Run only this slice of the call list (`--shard I/N`).
    public var shard: Shard? = nil
    /// Which calls keep their recording and trace.
    public var keepAudio: KeepAudio = .all
    /// Folder of the on-disk synthesis cache, nil for memory only.
    public var cacheDirectory: String? = nil
    /// Runs of every scenario, each with its own derived seed (`--repeat N`); a scenario's
    /// own `expect.repeat` may ask for more.
    public var repeatCount = 1
    /// The model that judges the scenarios' `expect.judge` criteria (`--judge FILE`); nil:
    /// they are reported as not judged. Its calls share `cassette`.
    public var judge: JudgeConfig? = nil
    /// How the simulated caller listens to in-process agents (`--ear`): their captions, or
    /// recognizing their audio.
    public var listening: CallerListening = .captions
    /// How the run's agents are made (an agent that runs elsewhere needs `external`).
    public var agents = AgentMaker()
    /// A load test (`--concurrency`, `--ramp`, `--rate`): the plan's calls placed at once
    /// against an agent that runs elsewhere, instead of every scenario once.
    public var load: LoadPlan? = nil

    /// Creates options.
    public init(paths: [String], agentPath: String? = nil, outputDirectory: String = "Reports/latest", seed: UInt64 = 42,
                jobs: Int = 1, overrides: [(key: String, value: String)] = [], showProgress: Bool = false) {
        self.paths = paths
        self.agentPath = agentPath
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.jobs = max(1, jobs)
        self.overrides = overrides
        self.showProgress = showProgress
    }
}
