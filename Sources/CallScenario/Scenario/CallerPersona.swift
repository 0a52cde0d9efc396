/// How a simulated caller behaves, beyond what it says: its pace and timing, how it
/// hesitates, whether it talks over the agent, how patient it is and what it forgets.
/// Every draw it implies is seeded by the call. Presets (`impatient`, `hesitant`,
/// `elderly`, `forgetful`, `terse`, and `cooperative` for a caller with no habits, the
/// control of a sweep) name common kinds of caller; a scenario may start from one and
/// change any value.
public struct CallerPersona: Sendable, Equatable {
    /// Whether the caller talks over the agent.
    public enum Interrupts: String, Sendable, CaseIterable {
        /// Waits for the agent to finish.
        case never
        /// Answers as soon as it has heard a question it can answer, over the rest of the reply.
        case early
    }

    /// How much the caller says around what it must say.
    public enum Verbosity: String, Sendable, CaseIterable {
        /// Only what is needed ("Thursday.").
        case terse
        /// As written.
        case normal
        /// With fillers and politeness ("Oh, sure, so, Thursday, please.").
        case chatty
    }

    /// The preset it started from, if any.
    public var preset: String?
    /// Speaking-rate factor applied on top of the caller's rate.
    public var pace: Double
    /// Extra reaction time before every turn, in milliseconds.
    public var extraReactionMs: Int
    /// Each turn's reaction time varies by up to this much either way, in milliseconds.
    public var reactionSpreadMs: Int
    /// Chance (0…1) that a spoken turn starts with "um" or "uh".
    public var hesitations: Double
    /// Mid-sentence pauses per spoken turn, on average (each 0.6–1.5 s).
    public var pausesPerTurn: Double
    /// Whether it talks over the agent.
    public var interrupts: Interrupts
    /// Failed attempts (restating, correcting) before it asks for a person; it hangs up
    /// after two more.
    public var patience: Int
    /// How much it says around what it must say.
    public var verbosity: Verbosity
    /// Facts it cannot give the first time it is asked for them (it says it does not know,
    /// then gives them when asked again).
    public var forgets: [String]

    /// Creates a persona; the defaults are a cooperative caller with no habits.
    public init(preset: String? = nil, pace: Double = 1, extraReactionMs: Int = 0, reactionSpreadMs: Int = 0, hesitations: Double = 0,
                pausesPerTurn: Double = 0, interrupts: Interrupts = .never, patience: Int = 3, verbosity: Verbosity = .normal,
                forgets: [String] = []) {
        self.preset = preset
        self.pace = pace
        self.extraReactionMs = extraReactionMs
        self.reactionSpreadMs = reactionSpreadMs
        self.hesitations = hesitations
        self.pausesPerTurn = pausesPerTurn
        self.interrupts = interrupts
        self.patience = patience
        self.verbosity = verbosity
        self.forgets = forgets
    }

    /// The named presets.
    public static let presets: [String: CallerPersona] = [
        "impatient": CallerPersona(preset: "impatient", pace: 1.15, reactionSpreadMs: 100, interrupts: .early, patience: 1, verbosity: .terse),
        "hesitant": CallerPersona(preset: "hesitant", pace: 0.9, extraReactionMs: 300, reactionSpreadMs: 300, hesitations: 0.6, pausesPerTurn: 0.5),
        "elderly": CallerPersona(preset: "elderly", pace: 0.8, extraReactionMs: 700, reactionSpreadMs: 400, hesitations: 0.3, pausesPerTurn: 0.3,
                                 patience: 4, verbosity: .chatty),
        "forgetful": CallerPersona(preset: "forgetful", reactionSpreadMs: 200, hesitations: 0.3, forgets: ["date_of_birth"]),
        "terse": CallerPersona(preset: "terse", verbosity: .terse),
        "cooperative": CallerPersona(preset: "cooperative"),
    ]

    /// The preset names, sorted.
    public static var presetNames: [String] { presets.keys.sorted() }

    /// Why `name` is not a preset, in words that list the presets; nil when it is one.
    public static func unknownPresetMessage(_ name: String) -> String? {
        presets[name] == nil ? "unknown persona '\(name)'; presets: \(presetNames.joined(separator: ", "))" : nil
    }

    /// How the report names it: the preset it started from, `custom` for a persona of
    /// its own, nil for a caller with no habits.
    public var reportName: String? {
        preset ?? (self == CallerPersona() ? nil : "custom")
    }
}
