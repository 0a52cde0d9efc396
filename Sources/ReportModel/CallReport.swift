/// One call's results in report.json.
public struct CallReport: Codable, Sendable {
    /// The scenario's id; in a sweep, `id@cell` (unique in the report).
    public var scenario: String
    /// The sweep cell of the call, as `axis=value,…` (sweeps only).
    public var cell: String? = nil
    /// Which run of a repeated scenario this call is (repeats only; `scenario` is then
    /// `id` for the first and `id-rK` for the K-th).
    public var repetition: Repetition? = nil
    /// The caller's persona: its preset's name, or `custom` (only for a caller with one).
    public var persona: String? = nil
    public var description: String?
    public var file: String
    public var seed: UInt64
    /// Every expectation and budget held.
    public var passed: Bool
    /// Every task expectation held (tool calls, phrases, escalation, completion).
    public var completed: Bool
    public var escalated: Bool
    public var expectedEscalation: Bool
    /// How the call ended: `agent` (goodbye), `transfer`, `caller` (hung up) or `timeout`.
    public var endedBy: String
    public var wer: Double
    public var werCounts: WERCounts
    public var failures: [String]
    public var durationMs: Double
    public var ttfaMs: LatencyStats
    public var eotMs: LatencyStats
    public var bargeIns: [BargeInReport]
    public var cutIns: Int
    public var falseBargeIns: Int
    public var deadAirMs: Double
    /// Milliseconds both sides spoke at once (at the caller's ear).
    public var talkOverMs: Double
    /// Expected slot values checked against tool arguments.
    public var entities: [EntityReport]
    /// Correct entities over expected, nil when the scenario expects none.
    public var entityAccuracy: Double?
    public var toolCalls: [ToolCallReport]
    public var line: LineReport
    public var turns: [TurnReport]
    /// What happened when, lane by lane, for the report's timeline.
    public var timeline: [TimelineSpan]
    /// Files written for the call, relative to the report.
    public var artifacts: [String: String]
    /// The scenario's judge criteria and their verdicts (only for a scenario that states any).
    public var judgements: [JudgementReport]? = nil
    /// What the call left in its agent's database against the seed (agents whose backend
    /// reports it; absent otherwise).
    public var state: StateReport? = nil
    /// The agent the call was made to, when it is not the run's main agent (a run of
    /// scenarios that call different agents).
    public var agent: String? = nil
    /// What the line showed of an agent that runs elsewhere, and what it could not.
    public var outside: OutsideReport? = nil

    /// Creates a value from its parts.
    public init(scenario: String, cell: String? = nil, description: String? = nil, file: String, seed: UInt64, passed: Bool, completed: Bool, escalated: Bool, expectedEscalation: Bool, endedBy: String, wer: Double, werCounts: WERCounts, failures: [String], durationMs: Double, ttfaMs: LatencyStats, eotMs: LatencyStats, bargeIns: [BargeInReport], cutIns: Int, falseBargeIns: Int, deadAirMs: Double, talkOverMs: Double, entities: [EntityReport], entityAccuracy: Double? = nil, toolCalls: [ToolCallReport], line: LineReport, turns: [TurnReport], timeline: [TimelineSpan], artifacts: [String: String]) {
        self.scenario = scenario
        self.cell = cell
        self.description = description
        self.file = file
        self.seed = seed
        self.passed = passed
        self.completed = completed
        self.escalated = escalated
        self.expectedEscalation = expectedEscalation
        self.endedBy = endedBy
        self.wer = wer
        self.werCounts = werCounts
        self.failures = failures
        self.durationMs = durationMs
        self.ttfaMs = ttfaMs
        self.eotMs = eotMs
        self.bargeIns = bargeIns
        self.cutIns = cutIns
        self.falseBargeIns = falseBargeIns
        self.deadAirMs = deadAirMs
        self.talkOverMs = talkOverMs
        self.entities = entities
        self.entityAccuracy = entityAccuracy
        self.toolCalls = toolCalls
        self.line = line
        self.turns = turns
        self.timeline = timeline
        self.artifacts = artifacts
    }
}

/// S, D, I and N of a call.
public struct WERCounts: Codable, Sendable {
    public var substitutions: Int
    public var deletions: Int
    public var insertions: Int
    public var referenceWords: Int

    /// Creates a value from its parts.
    public init(substitutions: Int, deletions: Int, insertions: Int, referenceWords: Int) {
        self.substitutions = substitutions
        self.deletions = deletions
        self.insertions = insertions
        self.referenceWords = referenceWords
    }
}

/// One caller turn and the agent's reply to it.
public struct TurnReport: Codable, Sendable {
    /// What the caller said.
    public var caller: String
    public var kind: String
    /// What the agent's recognizer heard.
    public var heard: String
    public var wer: Double
    /// sclite-style alignment lines.
    public var alignment: [String]
    public var startMs: Double
    public var endMs: Double
    public var ttfaMs: Double?
    public var eotMs: Double?
    /// The stage breakdown of the TTFA; the stages add up to it.
    public var stagesMs: StageBreakdown?
    /// The stages the line shows, for an agent observed only from outside.
    public var observedStagesMs: OutsideStages? = nil
    /// The agent's reply.
    public var agent: String?
    public var replyInterrupted: Bool?
    /// The agent spoke before this turn was over.
    public var cutIn: Bool

    /// Creates a value from its parts.
    public init(caller: String, kind: String, heard: String, wer: Double, alignment: [String], startMs: Double, endMs: Double, ttfaMs: Double? = nil, eotMs: Double? = nil, stagesMs: StageBreakdown? = nil, agent: String? = nil, replyInterrupted: Bool? = nil, cutIn: Bool) {
        self.caller = caller
        self.kind = kind
        self.heard = heard
        self.wer = wer
        self.alignment = alignment
        self.startMs = startMs
        self.endMs = endMs
        self.ttfaMs = ttfaMs
        self.eotMs = eotMs
        self.stagesMs = stagesMs
        self.agent = agent
        self.replyInterrupted = replyInterrupted
        self.cutIn = cutIn
    }
}

/// Where a reply's time-to-first-audio went, ms.
public struct StageBreakdown: Codable, Sendable, Equatable {
    public var transportIn: Double
    public var endOfTurn: Double
    public var stt: Double
    public var brain: Double
    public var tools: Double
    public var sentence: Double
    public var ttsFirstByte: Double
    public var playoutAndTransportOut: Double

    /// The sum of the stages.
    public var total: Double { transportIn + endOfTurn + stt + brain + tools + sentence + ttsFirstByte + playoutAndTransportOut }

    /// Creates a value from its parts.
    public init(transportIn: Double, endOfTurn: Double, stt: Double, brain: Double, tools: Double, sentence: Double, ttsFirstByte: Double, playoutAndTransportOut: Double) {
        self.transportIn = transportIn
        self.endOfTurn = endOfTurn
        self.stt = stt
        self.brain = brain
        self.tools = tools
        self.sentence = sentence
        self.ttsFirstByte = ttsFirstByte
        self.playoutAndTransportOut = playoutAndTransportOut
    }
}

/// One barge-in.
public struct BargeInReport: Codable, Sendable {
    public var atMs: Double
    /// From the caller's onset to the agent's last audio at the caller's ear.
    public var stopMs: Double?
    public var agentStopped: Bool

    /// Creates a value from its parts.
    public init(atMs: Double, stopMs: Double? = nil, agentStopped: Bool) {
        self.atMs = atMs
        self.stopMs = stopMs
        self.agentStopped = agentStopped
    }
}

/// One tool call.
public struct ToolCallReport: Codable, Sendable {
    public var name: String
    public var arguments: [String: String]
    public var result: String
    public var error: Bool

    /// Creates a value from its parts.
    public init(name: String, arguments: [String: String], result: String, error: Bool) {
        self.name = name
        self.arguments = arguments
        self.result = result
        self.error = error
    }
}

/// What the line did, per direction.
public struct LineReport: Codable, Sendable {
    public var callerToAgent: LineDirection
    public var agentToCaller: LineDirection

    public struct LineDirection: Codable, Sendable {
        public var sent: Int
        public var lost: Int
        public var late: Int
        public var concealed: Int
        public var meanDelayMs: Double

        /// Creates a value from its parts.
        public init(sent: Int, lost: Int, late: Int, concealed: Int, meanDelayMs: Double) {
            self.sent = sent
            self.lost = lost
            self.late = late
            self.concealed = concealed
            self.meanDelayMs = meanDelayMs
        }
    }

    /// Creates a value from its parts.
    public init(callerToAgent: LineDirection, agentToCaller: LineDirection) {
        self.callerToAgent = callerToAgent
        self.agentToCaller = agentToCaller
    }
}

/// One expected entity (a scenario slot value) and what reached the tools.
public struct EntityReport: Codable, Sendable {
    public var name: String
    public var expected: String
    /// The closest tool argument of that name, if any.
    public var actual: String?
    public var correct: Bool

    /// Creates a value from its parts.
    public init(name: String, expected: String, actual: String? = nil, correct: Bool) {
        self.name = name
        self.expected = expected
        self.actual = actual
        self.correct = correct
    }
}

/// Something on a call's timeline (caller clock for caller and agent audio, agent clock
/// for the pipeline's own lanes; ms from the call's start).
public struct TimelineSpan: Codable, Sendable, Equatable {
    /// `caller`, `agent`, `vad`, `endpoint`, `stt`, `brain`, `tool`, `tts`, `line`.
    public var lane: String
    public var startMs: Double
    public var endMs: Double
    public var label: String?

    /// Creates a value from its parts.
    public init(lane: String, startMs: Double, endMs: Double, label: String? = nil) {
        self.lane = lane
        self.startMs = startMs
        self.endMs = endMs
        self.label = label
    }
}

/// Which run of a repeated scenario a call is.
public struct Repetition: Codable, Sendable, Equatable {
    /// The scenario's id.
    public var scenario: String
    /// 1-based index of the run.
    public var index: Int
    /// How many runs the scenario has.
    public var of: Int

    /// Creates a repetition.
    public init(scenario: String, index: Int, of: Int) {
        self.scenario = scenario
        self.index = index
        self.of = of
    }
}
