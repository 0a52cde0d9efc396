/// Deterministic safety net before the brain: emergency words get a fixed message and a
/// hand-off to staff, whatever the brain would have said (an agent file's
/// `guardrails.emergency`).
public struct EmergencyConfig: Sendable, Equatable {
    /// The default phrases that signal an emergency.
    public static let defaultPhrases = ["chest pain", "can't breathe", "cannot breathe", "not breathing", "heart attack", "stroke",
                                        "unconscious", "bleeding heavily", "suicide", "overdose"]
    /// The default reply.
    public static let defaultMessage = "This sounds like an emergency. Please hang up and call 911 right away. I am also connecting you to our staff now."

    /// Phrases that trigger it (matched on normalized words).
    public var phrases: [String]
    /// What the agent says.
    public var message: String
    /// Whether the call is transferred to a human afterwards.
    public var transfer: Bool
    /// The question asked before acting on a cue that is one single word (see
    /// `EmergencyGuard`); nil acts on every cue at once.
    public var confirm: String?

    /// Creates a guardrail.
    public init(phrases: [String] = Self.defaultPhrases, message: String = Self.defaultMessage, transfer: Bool = true,
                confirm: String? = nil) {
        self.phrases = phrases
        self.message = message
        self.transfer = transfer
        self.confirm = confirm
    }
}
