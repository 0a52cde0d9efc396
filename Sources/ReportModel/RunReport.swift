/// `report.json`: the run's results in the keys users and scripts rely on
/// (schema version 1; new keys may be added, these are never renamed).
public struct RunReport: Codable, Sendable {
    public var schemaVersion = 1
    public var tool: ToolInfo
    public var seed: UInt64
    public var agent: AgentInfo
    /// Wall-clock start of the run (ISO 8601); with `summary.wallSeconds`, the only
    /// fields that differ between identical runs.
    public var startedAt: String
    /// False when the run was interrupted before every call finished.
    public var complete: Bool
    public var summary: RunSummary
    public var calls: [CallReport]
    /// Each scenario's verdict over its repeats, when any scenario ran more than once
    /// (flaky ones first).
    public var scenarios: [ScenarioVerdict]? = nil
    /// The sweep's grid and each cell's results (sweeps only).
    public var sweep: SweepReport? = nil
    /// The replayed recording: turn timings and divergences (replays only).
    public var replay: ReplayReport? = nil
    /// The slice of the call list this report holds (`--shard I/N` only; a merge of all
    /// shards has none).
    public var shard: ShardInfo? = nil
    /// The model that judged the calls' criteria (runs given `--judge FILE` only).
    public var judge: JudgeInfo? = nil
    /// What load did to the agent, level by level (load tests only).
    public var load: LoadReport? = nil

    /// Who wrote the report.
    public struct ToolInfo: Codable, Sendable {
        public var name: String
        public var version: String

        /// Creates a value from its parts.
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// The agent under test.
    public struct AgentInfo: Codable, Sendable {
        public var name: String
        public var file: String
        public var latencyProfile: String
        /// False when any stage uses measured compute time (results vary run to run).
        public var reproducible: Bool
        /// The settings changed with --set.
        public var overrides: [String: String]
        /// Domain words the recognizer could not pronounce.
        public var unpronounceableWords: [String]
        /// The clock the calls ran on: `simulated`, or `monotonic` for real-time calls to
        /// an agent that runs elsewhere (their reports are not byte-reproducible).
        public var clock: String? = nil

        /// Creates a value from its parts.
        public init(name: String, file: String, latencyProfile: String, reproducible: Bool, overrides: [String: String], unpronounceableWords: [String]) {
            self.name = name
            self.file = file
            self.latencyProfile = latencyProfile
            self.reproducible = reproducible
            self.overrides = overrides
            self.unpronounceableWords = unpronounceableWords
        }
    }

    /// Creates a value from its parts.
    public init(schemaVersion: Int = 1, tool: ToolInfo, seed: UInt64, agent: AgentInfo, startedAt: String, complete: Bool, summary: RunSummary, calls: [CallReport], sweep: SweepReport? = nil, replay: ReplayReport? = nil, shard: ShardInfo? = nil) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.seed = seed
        self.agent = agent
        self.startedAt = startedAt
        self.complete = complete
        self.summary = summary
        self.calls = calls
        self.sweep = sweep
        self.replay = replay
        self.shard = shard
    }
}

/// Run-level numbers.
public struct RunSummary: Codable, Sendable {
    public var calls: Int
    public var passed: Int
    /// Calls whose task expectations all held, over all calls.
    public var completionRate: Double
    /// Calls handed to a human, over all calls.
    public var escalationRate: Double
    /// Calls whose escalation matched the expectation, over all calls.
    public var escalationAccuracy: Double
    /// Corpus word error rate: Σ(S+D+I) / Σ N over every caller turn.
    public var wer: Double
    public var ttfaMs: LatencyStats
    public var eotMs: LatencyStats
    public var bargeIn: BargeInSummary
    /// Longest dead air in any call, ms.
    public var deadAirMsMax: Double
    /// Scenario slot values that reached tool arguments correctly, over all expected.
    public var entityAccuracy: Double?
    /// Seconds both sides spoke at once, summed over calls.
    public var talkOverSeconds: Double
    /// Simulated call time, seconds.
    public var simulatedSeconds: Double
    /// Wall-clock time the run took, seconds.
    public var wallSeconds: Double
    /// How percentiles are computed.
    public var percentileMethod = "nearest-rank"
    /// The calls' judge criteria by verdict (only when some scenario states criteria).
    public var judgements: JudgementSummary? = nil

    /// Creates a value from its parts.
    public init(calls: Int, passed: Int, completionRate: Double, escalationRate: Double, escalationAccuracy: Double, wer: Double, ttfaMs: LatencyStats, eotMs: LatencyStats, bargeIn: BargeInSummary, deadAirMsMax: Double, entityAccuracy: Double? = nil, talkOverSeconds: Double, simulatedSeconds: Double, wallSeconds: Double, percentileMethod: String = "nearest-rank", judgements: JudgementSummary? = nil) {
        self.calls = calls
        self.passed = passed
        self.completionRate = completionRate
        self.escalationRate = escalationRate
        self.escalationAccuracy = escalationAccuracy
        self.wer = wer
        self.ttfaMs = ttfaMs
        self.eotMs = eotMs
        self.bargeIn = bargeIn
        self.deadAirMsMax = deadAirMsMax
        self.entityAccuracy = entityAccuracy
        self.talkOverSeconds = talkOverSeconds
        self.simulatedSeconds = simulatedSeconds
        self.wallSeconds = wallSeconds
        self.percentileMethod = percentileMethod
        self.judgements = judgements
    }
}

/// Percentiles of a latency, ms.
public struct LatencyStats: Codable, Sendable, Equatable {
    public var p50: Double?
    public var p95: Double?
    public var p99: Double?
    public var max: Double?
    public var mean: Double?
    public var count: Int
    /// Present when there are too few samples for a stable P95.
    public var note: String?
    /// Seeded bootstrap 95% confidence interval of the P50, [low, high] (run level only).
    public var p50CI: [Double]?
    /// Seeded bootstrap 95% confidence interval of the P95, [low, high] (run level only).
    public var p95CI: [Double]?
    /// Seeded bootstrap 95% confidence interval of the P99, [low, high] (load steps only).
    public var p99CI: [Double]? = nil

    /// Creates a value from its parts.
    public init(p50: Double? = nil, p95: Double? = nil, p99: Double? = nil, max: Double? = nil, mean: Double? = nil, count: Int, note: String? = nil, p50CI: [Double]? = nil, p95CI: [Double]? = nil) {
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
        self.max = max
        self.mean = mean
        self.count = count
        self.note = note
        self.p50CI = p50CI
        self.p95CI = p95CI
    }
}

/// Barge-in behaviour over the run.
public struct BargeInSummary: Codable, Sendable {
    /// P95 of the time from the caller's barge-in onset to the agent's last audio at the ear.
    public var stopMsP95: Double?
    public var count: Int
    /// Agent audio reached the caller while the caller's turn was unfinished.
    public var cutIns: Int
    /// The agent stopped for noise, not the caller.
    public var falseBargeIns: Int

    /// Creates a value from its parts.
    public init(stopMsP95: Double? = nil, count: Int, cutIns: Int, falseBargeIns: Int) {
        self.stopMsP95 = stopMsP95
        self.count = count
        self.cutIns = cutIns
        self.falseBargeIns = falseBargeIns
    }
}
