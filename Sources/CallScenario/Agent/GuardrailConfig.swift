import VoicePipeline

/// Safety rules that override the brain.
public struct GuardrailConfig: Sendable, Equatable {
    /// The emergency rule.
    public var emergency: EmergencyConfig

    /// Creates guardrails.
    public init(emergency: EmergencyConfig = .init()) {
        self.emergency = emergency
    }
}
