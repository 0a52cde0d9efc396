import CallDatabase
import CallText

/// The world an agent works in — a hospital's appointments, a restaurant's tables: the backend
/// its tools act on, the names its flow and recognizer must know, and its calendar's
/// today. The generic layers (pipeline, harness, text) reach a domain only through this
/// protocol; the agent YAML's `backend.type` chooses one from the `DomainCatalog`.
public protocol AgentDomain: Sendable {
    /// Today on the domain's simulated calendar.
    var today: CalendarDate { get }
    /// The tool that hands a call to a person, if the domain has one: a successful call
    /// of it counts as an escalation, and a flow's transfer node calls it.
    var handoffTool: String? { get }
    /// The instructions a model brain gets when the agent names no prompt file.
    var defaultSystemPrompt: String { get }

    /// A fresh backend for one call; calls never see each other's changes.
    func makeBackend() throws -> any DomainBackend
    /// Words for the recognizer's language model, by the flow corpus's placeholder
    /// (`doctor` → surnames and full names), from the backend's initial state.
    func corpusValues() throws -> [String: [String]]
}

/// One call's backend: the tools the agent calls and the entity lists they hold now.
public protocol DomainBackend: AnyObject {
    /// The tools, run against this call's data.
    var tools: any ToolProviding { get }
    /// The current values of the entity list `name` (`doctors`, `patients`, …), which a
    /// flow's `choice`, `person` and `identifier` slots match against; empty when the
    /// domain has no such list.
    func entities(_ name: String) -> [String]
    /// The call's SQLite database, when the backend keeps its state in one: tools declared
    /// with `sql:` run against it, a flow slot's `query` reads it and a scenario's
    /// `expect.state` checks it after the call. Nil by default.
    var database: SQLiteDatabase? { get }
    /// The database as every call starts (schema and seed), when what a call changes in it
    /// is reported; nil by default.
    var seedSnapshot: DatabaseSnapshot? { get }
}

extension DomainBackend {
    public var database: SQLiteDatabase? { nil }
    public var seedSnapshot: DatabaseSnapshot? { nil }
}
