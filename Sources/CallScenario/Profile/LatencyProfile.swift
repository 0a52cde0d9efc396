/// How long each provider stage takes in simulated time: transport, speech recognition,
/// the language model, speech synthesis and tools.
public struct LatencyProfile: Sendable, Equatable {
    /// One-way network delay between the caller's line and the agent.
    public struct Transport: Sendable, Equatable {
        /// One-way delay, in milliseconds.
        public var oneWayMs: LatencyDistribution

        /// Creates transport latency.
        public init(oneWayMs: LatencyDistribution = .fixed(0)) {
            self.oneWayMs = oneWayMs
        }
    }

    /// Speech recognition latency.
    public struct STT: Sendable, Equatable {
        /// From the end of speech reaching the recognizer to its final transcript, in ms.
        public var finalMs: LatencyDistribution

        /// Creates recognition latency.
        public init(finalMs: LatencyDistribution = .fixed(0)) {
            self.finalMs = finalMs
        }
    }

    /// Language-model latency.
    public struct LLM: Sendable, Equatable {
        /// Time to the first token, in milliseconds.
        public var ttftMs: LatencyDistribution
        /// Streaming speed after the first token.
        public var tokensPerSecond: Double

        /// Creates language-model latency.
        public init(ttftMs: LatencyDistribution = .fixed(0), tokensPerSecond: Double = 50) {
            self.ttftMs = ttftMs
            self.tokensPerSecond = tokensPerSecond
        }
    }

    /// Speech synthesis latency.
    public struct TTS: Sendable, Equatable {
        /// Time to the first audio byte, in milliseconds.
        public var firstByteMs: LatencyDistribution
        /// Generation time per second of audio after the first byte.
        public var realTimeFactor: Double

        /// Creates synthesis latency.
        public init(firstByteMs: LatencyDistribution = .fixed(0), realTimeFactor: Double = 0.2) {
            self.firstByteMs = firstByteMs
            self.realTimeFactor = realTimeFactor
        }
    }

    /// Tool (backend) call latency and failures.
    public struct Tools: Sendable, Equatable {
        /// Time per tool call, in milliseconds.
        public var latencyMs: LatencyDistribution
        /// Share of tool calls that fail (0…1).
        public var failureRate: Double
        /// The time of particular tools, by name, in place of `latencyMs`.
        public var perTool: [String: LatencyDistribution]

        /// Creates tool latency.
        public init(latencyMs: LatencyDistribution = .fixed(0), failureRate: Double = 0, perTool: [String: LatencyDistribution] = [:]) {
            self.latencyMs = latencyMs
            self.failureRate = failureRate
            self.perTool = perTool
        }

        /// The latency of calls of `tool`.
        public func latency(of tool: String) -> LatencyDistribution { perTool[tool] ?? latencyMs }
    }

    /// The profile's name.
    public var name: String
    /// What the numbers stand for.
    public var description: String?
    /// Network delay.
    public var transport: Transport
    /// Recognition latency.
    public var stt: STT
    /// Language-model latency.
    public var llm: LLM
    /// Synthesis latency.
    public var tts: TTS
    /// Tool latency.
    public var tools: Tools
    /// The absolute path of the file it came from (empty when built in code).
    public var file: String

    /// Creates a profile; every stage defaults to no delay.
    public init(name: String = "zero", description: String? = nil, transport: Transport = .init(), stt: STT = .init(),
                llm: LLM = .init(), tts: TTS = .init(), tools: Tools = .init(), file: String = "") {
        self.name = name
        self.description = description
        self.transport = transport
        self.stt = stt
        self.llm = llm
        self.tts = tts
        self.tools = tools
        self.file = file
    }

    /// Every stage's distribution.
    public var distributions: [LatencyDistribution] {
        [transport.oneWayMs, stt.finalMs, llm.ttftMs, tts.firstByteMs, tools.latencyMs] + tools.perTool.keys.sorted().map { tools.perTool[$0]! }
    }

    /// True when no stage is `measured`: the same seed gives the same timings.
    public var isReproducible: Bool { !distributions.contains(.measured) }
}
