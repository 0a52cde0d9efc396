/// Safety rules that override the brain.
public struct GuardrailConfig: Sendable, Equatable {
    /// What the agent does when the caller describes an emergency.
    public struct Emergency: Sendable, Equatable {
        /// The default phrases that signal an emergency.
        public static let defaultPhrases = ["chest pain", "can't breathe", "cannot breathe", "not breathing", "heart attack", "stroke",
                                            "unconscious", "bleeding heavily", "suicide", "overdose"]
        /// The default reply.
        public static let defaultMessage = "This sounds like an emergency. Please hang up and call 911 right away. I am also connecting you to our staff now."

        /// Phrases in the caller's transcript that trigger the rule.
        public var phrases: [String]
        /// What the agent says instead of its normal reply.
        public var message: String
        /// Whether the call is then handed to a human.
        public var transfer: Bool

        /// Creates an emergency rule.
        public init(phrases: [String] = Self.defaultPhrases, message: String = Self.defaultMessage, transfer: Bool = true) {
            self.phrases = phrases
            self.message = message
            self.transfer = transfer
        }
    }

    /// The emergency rule.
    public var emergency: Emergency

    /// Creates guardrails.
    public init(emergency: Emergency = .init()) {
        self.emergency = emergency
    }
}
