import AgentInterface
import AgentTools
import CallAudio
import CallSpeech
import CallText
import SimTime

/// The in-process agent under test: a cascaded voice pipeline driven by the call's
/// scheduler, reached through `CallAnswering` like any other agent.
///
/// Caller audio comes in through `receive(_:frameStart:)` every 20 ms; the VAD, the
/// endpointer and the streaming recognizer turn it into finished utterances; the brain
/// answers (with tool calls); tokens stream through the sentence buffer into TTS; and
/// `nextFrame()` plays the audio out at real rate, stopping when the caller barges in.
/// Keypad digits are heard as tones in the audio. Every stage is a state machine given
/// `now` by the scheduler; nothing reads a clock.
public final class VoiceAgent: CallAnswering {
    /// The parameters in use.
    public let parameters: PipelineConfig
    let scheduler: Scheduler
    let trace: CallTrace
    var latency: any LatencyModel
    let recognizer: any SpeechRecognizing
    let synthesizer: any SpeechSynthesizing
    let brain: any ResponseGenerating
    let tools: MeteredTools?
    let cache: SynthesisCache
    /// The tool whose successful call is an escalation (reported with the observations).
    let handoffTool: String?

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

    // Input side: the stages, then where the agent stands.
    var vad: VoiceActivityDetector
    var endpointer: Endpointer
    let inputResampler: StreamingResampler?
    var dtmf = DTMFDetector()
    /// The last `preRollMs` of input, fed to the recognizer when speech starts.
    var preRoll: [Float] = []
    var input: InputState = .listening(keys: "")
    /// The words of a reply cancelled because the caller went on, carried into the next
    /// turn, and the utterance they came from.
    var carriedTranscript = ""
    var carriedFrom: Int?
    let acknowledgementWords: Set<String>

    // Output side.
    var output: ReplyState = .idle
    /// Bumped whenever a reply starts or stops: work scheduled for an older reply is dropped.
    var generation = 0
    var playout = PlayoutQueue()
    /// How the call ends once the reply under way has been spoken.
    var pendingEnd: EndReason?
    /// The no-input prompt's timer, armed while the agent waits for the caller. Sound
    /// without words (noise) does not postpone it; a prompt that falls due while the VAD
    /// hears such sound waits for it to end.
    var noInputTimer: Scheduler.Token?
    var noInputDue = false
    /// Sound came while the agent waited, but no words could be made of it.
    var heardSoundWhileWaiting = false
    /// The emergency guardrail, when the agent has one.
    var emergencyGuard: EmergencyGuard?

    static let recognizerRate = 16000

    /// Assembles an agent. `tools` is the brain's tool provider when it should be metered
    /// for `measured` profiles.
    public init(parameters: PipelineConfig, scheduler: Scheduler, trace: CallTrace, latency: any LatencyModel,
                recognizer: any SpeechRecognizing, synthesizer: any SpeechSynthesizing, brain: any ResponseGenerating,
                tools: MeteredTools? = nil, handoffTool: String? = nil, cache: SynthesisCache = .shared) {
        self.parameters = parameters
        self.scheduler = scheduler
        self.trace = trace
        self.latency = latency
        self.recognizer = recognizer
        self.synthesizer = synthesizer
        self.brain = brain
        self.tools = tools
        self.cache = cache
        self.handoffTool = handoffTool
        self.vad = VoiceActivityDetector(parameters: parameters.vad, sampleRate: Self.recognizerRate)
        self.endpointer = Endpointer(parameters: parameters.endpointing)
        self.inputResampler = parameters.lineSampleRate == Self.recognizerRate ? nil : StreamingResampler(from: parameters.lineSampleRate, to: Self.recognizerRate)
        self.acknowledgementWords = Set(parameters.interruption.backchannels.flatMap { TextNormalizer.words($0) })
        self.emergencyGuard = parameters.emergency.map(EmergencyGuard.init)
        recognizer.reset()
    }

    /// Answers the call: the brain's greeting starts at once.
    public func answer() {
        let (response, compute) = ComputeMeter.measure(latency.measures.contains(.brain)) { brain.greet() }
        startReply(response, trigger: .greeting, utterance: nil, brainCompute: compute)
    }

    /// Keypad digits reach this agent as tones in the audio, which its detector hears.
    public func receiveKeypad(_ digit: Character, at time: SimInstant) {}

    /// The caller's hang-up needs no action: the call loop stops sending frames.
    public func callerHungUp(at time: SimInstant) {}

    public var ending: AgentEnding? {
        guard let ended, let endedAt else { return nil }
        return AgentEnding(reason: ended, at: endedAt)
    }

    /// Every utterance, reply and tool call, and a service failure that stopped the call.
    public func observations() -> AgentObservations {
        let stages: [Any] = [brain, recognizer, synthesizer] + (tools.map { [$0.base] } ?? [])
        let stop = stages.lazy.compactMap { ($0 as? any RunStopping)?.stoppingError }.first
        return AgentObservations(utterances: utterances, replies: replies, toolCalls: tools?.log ?? [], handoffTool: handoffTool,
                                 stopError: stop)
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
