import AgentTools
import CallAudio
import CallSpeech
import CallText
import SimTime

/// The agent under test: a cascaded voice pipeline driven by the call's scheduler.
///
/// Caller audio comes in through `receive(_:frameStart:)` every 20 ms; the VAD, the
/// endpointer and the streaming recognizer turn it into finished utterances; the brain
/// answers (with tool calls); tokens stream through the sentence buffer into TTS; and
/// `nextFrame(at:)` plays the audio out at real rate, stopping when the caller barges in.
/// Every stage is a state machine given `now` by the scheduler; nothing reads a clock.
public final class VoiceAgent {
    /// The parameters in use.
    public let parameters: AgentParameters
    let scheduler: Scheduler
    let trace: CallTrace
    var latency: any LatencyModel
    let recognizer: any SpeechRecognizing
    let synthesizer: any SpeechSynthesizing
    let brain: any ResponseGenerating
    let tools: MeteredTools?
    let cache: SynthesisCache

    /// When set, final transcripts come from this oracle instead of the recognizer: the
    /// named `scripted` STT option for logic-only suites. Given the utterance's speech
    /// segment on the agent's clock.
    public var scriptedTranscript: ((SimInstant, SimInstant) -> String)?

    /// Utterances heard so far.
    public internal(set) var utterances: [CallerUtterance] = []
    /// Replies so far.
    public internal(set) var replies: [AgentReply] = []
    /// Set once the agent has ended the call.
    public internal(set) var ended: EndReason?
    /// When the call ended on the agent's side.
    public internal(set) var endedAt: SimInstant?

    // Input side.
    var vad: VoiceActivityDetector
    var endpointer: Endpointer
    let inputResampler: StreamingResampler?
    var preRoll: [Float] = []
    var current: Int?              // index into utterances
    var carriedTranscript = ""     // from a reply cancelled because the caller went on
    var dtmf = DTMFDetector()
    var pendingKeys = ""           // digits heard before the VAD opened an utterance

    // Output side.
    var active: Int?               // index into replies
    var generation = 0
    var sentenceBuffer: SentenceBuffer
    var playout: [(reply: Int, samples: [Float])] = []
    var playoutOffset = 0
    var pendingChunks = 0
    var textComplete = false
    var ttsCursor: SimInstant = .zero
    var pendingEnd: EndReason?
    var snapshotBeforeReply: BrainSnapshot?
    var noInputToken: Scheduler.Token?
    let acknowledgementWords: Set<String>

    static let recognizerRate = 16000

    /// Assembles an agent. `tools` is the brain's tool provider when it should be metered
    /// for `measured` profiles.
    public init(parameters: AgentParameters, scheduler: Scheduler, trace: CallTrace, latency: any LatencyModel,
                recognizer: any SpeechRecognizing, synthesizer: any SpeechSynthesizing, brain: any ResponseGenerating,
                tools: MeteredTools? = nil, cache: SynthesisCache = .shared) {
        self.parameters = parameters
        self.scheduler = scheduler
        self.trace = trace
        self.latency = latency
        self.recognizer = recognizer
        self.synthesizer = synthesizer
        self.brain = brain
        self.tools = tools
        self.cache = cache
        self.vad = VoiceActivityDetector(parameters: parameters.vad, sampleRate: Self.recognizerRate)
        self.endpointer = Endpointer(parameters: parameters.endpointing)
        self.inputResampler = parameters.lineSampleRate == Self.recognizerRate ? nil : StreamingResampler(from: parameters.lineSampleRate, to: Self.recognizerRate)
        self.sentenceBuffer = SentenceBuffer(minLength: parameters.sentenceMinLength)
        self.acknowledgementWords = Set(parameters.interruption.backchannels.flatMap { TextNormalizer.words($0) })
        recognizer.reset()
    }

    /// Answers the call: the brain's greeting starts at once.
    public func start() {
        let (response, compute) = ComputeMeter.measure(latency.measures.contains(.brain)) { brain.greet() }
        startReply(response, trigger: .greeting, utterance: nil, brainCompute: compute)
    }

    /// True while a reply is under way (thinking or speaking).
    public var isBusy: Bool { active != nil }

    /// True while the agent's audio is going out.
    public var isSpeaking: Bool {
        guard let active else { return false }
        return replies[active].playoutStart != nil && replies[active].playoutEnd == nil
    }

    var now: SimInstant { scheduler.now }
}
