/// Limits a call must stay within; nil means not checked.
public struct Budgets: Sendable, Equatable {
    /// Largest allowed median time to first audio, in milliseconds: the budget that a call's
    /// handful of replies measures steadily (a per-call P95 of seven replies is their maximum).
    public var ttfaP50Ms: Double?
    /// Largest allowed 95th-percentile time to first audio, in milliseconds.
    public var ttfaP95Ms: Double?
    /// Largest allowed time to first audio of any reply, in milliseconds.
    public var ttfaMaxMs: Double?
    /// Largest allowed 95th-percentile end-of-turn latency, in milliseconds.
    public var eotP95Ms: Double?
    /// Largest allowed word error rate (0…1).
    public var wer: Double?
    /// Largest allowed barge-in stop time, in milliseconds.
    public var bargeInStopMs: Double?
    /// Longest allowed dead air while the caller waits, in milliseconds.
    public var deadAirMs: Double?
    /// Smallest allowed entity accuracy (0…1).
    public var entityAccuracy: Double?
    /// Most times the agent may start speaking while the caller's turn is unfinished.
    public var cutIns: Int?
    /// Most agent replies the caller's speech may interrupt (0: the agent keeps talking
    /// through back-channels).
    public var interruptions: Int?

    /// Creates budgets.
    public init(ttfaP50Ms: Double? = nil, ttfaP95Ms: Double? = nil, ttfaMaxMs: Double? = nil, eotP95Ms: Double? = nil, wer: Double? = nil,
                bargeInStopMs: Double? = nil, deadAirMs: Double? = nil, entityAccuracy: Double? = nil,
                cutIns: Int? = nil, interruptions: Int? = nil) {
        self.ttfaP50Ms = ttfaP50Ms
        self.ttfaP95Ms = ttfaP95Ms
        self.ttfaMaxMs = ttfaMaxMs
        self.eotP95Ms = eotP95Ms
        self.wer = wer
        self.bargeInStopMs = bargeInStopMs
        self.deadAirMs = deadAirMs
        self.entityAccuracy = entityAccuracy
        self.cutIns = cutIns
        self.interruptions = interruptions
    }
}
