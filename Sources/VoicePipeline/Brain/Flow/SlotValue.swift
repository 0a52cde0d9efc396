/// A filled slot: the value tools take and the words the agent says.
public struct SlotValue: Sendable, Equatable {
    /// Canonical value ("2025-06-03", "3:00 PM", "Dr. Raj Patel").
    public var value: String
    /// Spoken form ("Tuesday, June third").
    public var spoken: String

    /// Creates a value.
    public init(value: String, spoken: String? = nil) {
        self.value = value
        self.spoken = spoken ?? value
    }
}
