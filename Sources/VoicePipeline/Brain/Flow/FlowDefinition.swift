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
    /// Sentence templates for the recognizer's domain language model, with placeholders
    /// `{doctor}`, `{specialty}`, `{weekday}`, `{date}`, `{time}`, `{person}`, `{id}`, `{year}`.
    public var corpus: [String]

    /// Creates a flow.
    public init(start: String, slots: [String: SlotDefinition], intents: [FlowIntent], globalRoutes: [String: String],
                nodes: [String: FlowNode], noInput: NoInputPolicy, corpus: [String]) {
        self.start = start
        self.slots = slots
        self.intents = intents
        self.globalRoutes = globalRoutes
        self.nodes = nodes
        self.noInput = noInput
        self.corpus = corpus
    }
}

/// A slot's type and, optionally, words that stand for a value ("cardiologist" → "patel").
public struct SlotDefinition: Sendable, Equatable {
    /// How the slot is parsed.
    public var kind: SlotKind
    /// Alias phrase → canonical value phrase.
    public var aliases: [String: String]

    /// Creates a slot definition.
    public init(kind: SlotKind, aliases: [String: String] = [:]) {
        self.kind = kind
        self.aliases = aliases
    }
}

/// How a slot's value is recognized in a transcript.
public enum SlotKind: String, Sendable, CaseIterable {
    /// A person's name (known patients first).
    case person
    /// An appointment date, never in the past.
    case date
    /// A date of birth.
    case birthDate
    /// A clock time ("3:00 PM").
    case time
    /// One of the backend's doctors (fuzzy, with aliases).
    case doctor
    /// Yes or no.
    case yesNo
    /// An appointment id ("A-1003").
    case appointmentID
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

    /// Creates a policy.
    public init(prompt: String, maxAttempts: Int, then: String) {
        self.prompt = prompt
        self.maxAttempts = maxAttempts
        self.then = then
    }
}
