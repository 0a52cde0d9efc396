import CallText

/// A conversation flow: the deterministic brain's program. Loaded from a flow YAML file
/// (see `Scenarios/flows/`), run by `FlowEngine`.
public struct FlowDefinition: Sendable {
    /// The node the call starts at.
    public var start: String
    /// Slots the flow collects, by name.
    public var slots: [String: SlotDefinition]
    /// Intents the flow recognizes, in priority order.
    public var intents: [FlowIntent]
    /// Intents that lead somewhere from any listening point ("human" → transfer).
    public var globalRoutes: [String: String]
    /// Nodes by id.
    public var nodes: [String: FlowNode]
    /// What to say when the caller is silent, and where to go after too many silences.
    public var noInput: NoInputPolicy
    /// Sentence templates for the recognizer's domain language model, with placeholders:
    /// `{weekday}`, `{date}`, `{time}`, `{year}`, and those the domain fills in.
    public var corpus: [String]
    /// Words of the domain that are never part of a caller's name ("appointment", "order").
    public var notNames: [String]

    /// Creates a flow.
    public init(start: String, slots: [String: SlotDefinition], intents: [FlowIntent], globalRoutes: [String: String],
                nodes: [String: FlowNode], noInput: NoInputPolicy, corpus: [String], notNames: [String] = []) {
        self.start = start
        self.slots = slots
        self.intents = intents
        self.globalRoutes = globalRoutes
        self.nodes = nodes
        self.noInput = noInput
        self.corpus = corpus
        self.notNames = notNames
    }
}

/// A slot's type, the values it takes — a domain's entity list, values listed in the
/// flow, or a query of the agent's database — and words that stand for a value
/// ("cardiologist" → "patel").
public struct SlotDefinition: Sendable, Equatable {
    /// How the slot is parsed.
    public var kind: SlotKind
    /// Alias phrase → canonical value phrase.
    public var aliases: [String: String]
    /// The domain's entity list whose values the slot takes (`choice`, `identifier`) or
    /// prefers (`person`), looked up when the caller speaks.
    public var entity: String?
    /// Values listed in the flow (`choice`, `identifier`, `person`).
    public var values: [String]
    /// A query of the agent's database whose first column gives values, run when the
    /// caller speaks; `:slot` parameters are bound to slots already filled.
    public var query: String?
    /// The shape of an `identifier` ("W-####"), read from speech when no known value matches.
    public var pattern: IdentifierPattern?

    /// Creates a slot definition.
    public init(kind: SlotKind, aliases: [String: String] = [:], entity: String? = nil, values: [String] = [], query: String? = nil,
                pattern: IdentifierPattern? = nil) {
        self.kind = kind
        self.aliases = aliases
        self.entity = entity
        self.values = values
        self.query = query
        self.pattern = pattern
    }

    /// True when the slot has values to choose from (an entity list, listed values or a query).
    public var hasValues: Bool { entity != nil || !values.isEmpty || query != nil }
}

/// How a slot's value is recognized in a transcript.
public enum SlotKind: String, Sendable, CaseIterable {
    /// A person's name (known names of the slot's entity list first).
    case person
    /// A date still to come, never in the past.
    case date
    /// A date of birth.
    case birthDate
    /// A clock time ("3:00 PM").
    case time
    /// One of the slot's values, by its full form or its last word when that is unique
    /// (fuzzy, with aliases).
    case choice
    /// Yes or no.
    case yesNo
    /// One of the slot's known ids read out ("A-1003" as "a one zero zero three"), or any id
    /// of its `pattern` ("W-####" as "double-u ten oh one").
    case identifier
    /// A number ("forty two", "two point five").
    case number
    /// An amount of money ("forty nine ninety nine", "twenty dollars"), as "49.99".
    case money
    /// A phone number, as its digits.
    case phone
    /// An email address, spoken or spelled.
    case email
    /// The whole utterance.
    case text
}

/// An intent with its cue words and example phrases.
public struct FlowIntent: Sendable, Equatable {
    /// The intent's name.
    public var name: String
    /// Words that signal it.
    public var keywords: [String]
    /// Typical phrasings.
    public var examples: [String]

    /// Creates an intent.
    public init(name: String, keywords: [String], examples: [String]) {
        self.name = name
        self.keywords = keywords
        self.examples = examples
    }
}

/// The flow's answer to silence.
public struct NoInputPolicy: Sendable, Equatable {
    /// What the agent says after a silence.
    public var prompt: String
    /// Silences tolerated before `then`.
    public var maxAttempts: Int
    /// Node to go to after too many silences.
    public var then: String
    /// Node to go to instead when there was sound but no words could be made of it (a
    /// line too noisy to hear the caller), if different.
    public var unclear: String?

    /// Creates a policy.
    public init(prompt: String, maxAttempts: Int, then: String, unclear: String? = nil) {
        self.prompt = prompt
        self.maxAttempts = maxAttempts
        self.then = then
        self.unclear = unclear
    }
}
