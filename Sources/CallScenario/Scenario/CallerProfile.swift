/// How the simulated caller sounds and behaves across the whole call.
public struct CallerProfile: Sendable, Equatable {
    /// Synthesis voice, `engine/name` (`flite/rms`, `espeak/en-gb`).
    public var voice: String
    /// Speaking-rate factor (0.5…2; 1 is the voice's normal rate).
    public var rate: Double
    /// Human reaction delay after the agent stops talking, in milliseconds.
    public var reactionMs: Int
    /// Say "hello?" after this much dead air, in milliseconds (0 = never).
    public var helloAfterMs: Int
    /// Hang up after this much dead air, in milliseconds.
    public var hangupAfterMs: Int
    /// What the caller wants, in words it can restate ("book a checkup with Doctor Johnson
    /// on Friday at ten"); nil: its first scripted sentence says it.
    public var goal: String?
    /// What the caller knows, by name (`patient_name`, `date_of_birth`, `order_id` …): the
    /// answers it gives whatever turn it is on, and what it checks read-backs against.
    public var facts: [String: String]
    /// How it behaves.
    public var persona: CallerPersona

    /// Creates a caller profile.
    public init(voice: String = "flite/rms", rate: Double = 1, reactionMs: Int = 400, helloAfterMs: Int = 6000, hangupAfterMs: Int = 20000,
                goal: String? = nil, facts: [String: String] = [:], persona: CallerPersona = .init()) {
        self.voice = voice
        self.rate = rate
        self.reactionMs = reactionMs
        self.helloAfterMs = helloAfterMs
        self.hangupAfterMs = hangupAfterMs
        self.goal = goal
        self.facts = facts
        self.persona = persona
    }
}
