/// What an agent's last words ask of the caller, as a person hearing them would take it.
public struct HeardPrompt: Sendable, Equatable {
    /// What kind of answer the words call for.
    public enum Kind: Sendable, Equatable {
        /// Asks the caller for a value (a date, a name, an id…).
        case asks(Subject)
        /// Reads something back, or offers it, and asks the caller to agree: a yes or a no.
        case confirm
        /// A yes/no question about something else ("Do you have your appointment number?").
        case yesNo
        /// Asks the caller to pick one of the options it names.
        case choice([String])
        /// Asks what the caller wants ("How can I help you today?").
        case open
        /// Asks whether the caller needs anything more.
        case anythingElse
        /// Asks nothing.
        case statement
    }

    /// What a value asked for is.
    public enum Subject: String, Sendable, Equatable, CaseIterable {
        case date, time, name, dateOfBirth, identifier, phone, email, amount, number, reason
        /// Anything else, known by the question's topic words ("which doctor").
        case other
    }

    /// The kind of answer called for.
    public var kind: Kind
    /// The content words of what the question is about ("appointment", "number"; "doctor").
    public var topic: [String]
    /// The question as heard (its last question), normalized; empty for a statement.
    public var question: String
    /// Whatever came before the question in the same reply (a read-back, an offer).
    public var context: String
    /// True when the words offer something other than what the caller asked for ("that time
    /// is taken; the nearest opening is …").
    public var isOffer: Bool

    /// Creates a prompt.
    public init(kind: Kind, topic: [String] = [], question: String = "", context: String = "", isOffer: Bool = false) {
        self.kind = kind
        self.topic = topic
        self.question = question
        self.context = context
        self.isOffer = isOffer
    }
}
