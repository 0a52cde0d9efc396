/// A whole provider call: every try in order, the last one being the outcome.
public struct ProviderExchange: Sendable, Equatable {
    /// The tries, at least one.
    public var attempts: [ProviderAttempt]

    /// Creates an exchange.
    public init(attempts: [ProviderAttempt]) {
        precondition(!attempts.isEmpty, "an exchange has at least one attempt")
        self.attempts = attempts
    }

    /// The last try: the outcome.
    public var final: ProviderAttempt { attempts[attempts.count - 1] }

    /// Microseconds from the start of the call to the end of the last try.
    public var duration: Int64 { final.end }
}
