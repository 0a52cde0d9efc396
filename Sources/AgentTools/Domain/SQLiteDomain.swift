import CallDatabase
import CallText
import Foundation

/// A domain described by files alone: the agent's own SQLite database — a schema file and
/// a seed file — on a simulated calendar, with the tools the agent file declares. Agent
/// files name it `backend: {type: sqlite, schema: FILE.sql, seed: FILE.sql, today: …}`.
/// The database is built once; every call gets a fresh in-memory copy of it, so calls
/// never see each other's writes.
public struct SQLiteDomain: AgentDomain, @unchecked Sendable {
    /// The name agent files use for it.
    public static let type = "sqlite"

    /// The database every call starts from (only ever read: copied per call).
    let template: SQLiteDatabase
    /// Its content, which every call's changes are reported against.
    public let seed: DatabaseSnapshot
    public let today: CalendarDate
    public let handoffTool: String?

    /// Builds the database from `schema` and then `seed` (SQL files; `seed` optional).
    /// `today` is `YYYY-MM-DD`; `handoffTool` names the declared tool that hands a call to
    /// a person, if there is one.
    /// Fails with an `SQLScriptError` for a statement of a file that fails, else a
    /// `DatabaseError`.
    public init(schema: String, seed: String?, today: String, handoffTool: String?) throws {
        let database = try SQLiteDatabase(path: ":memory:")
        guard let date = CalendarDate(iso: today) else { throw DatabaseError.invalidInput(database.path, "today '\(today)' is not a YYYY-MM-DD date") }
        for file in [schema] + (seed.map { [$0] } ?? []) {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw DatabaseError.cannotReadFile(database.path, file: file, why: error.localizedDescription)
            }
            try database.execute(file: text, named: file)
        }
        template = database
        self.seed = try DatabaseSnapshot(of: database)
        self.today = date
        self.handoffTool = handoffTool
    }

    public var defaultSystemPrompt: String {
        var prompt = """
            You are a friendly phone agent. Today is {today}. Keep every reply short: one or two \
            spoken sentences, no lists, no markdown. Use the tools to look things up and to act; never \
            invent records.
            """
        if let handoffTool { prompt += " If the caller asks for a person, call \(handoffTool)." }
        return prompt + " A message in parentheses is a note from the phone system, not the caller."
    }

    public func makeBackend() throws -> any DomainBackend {
        SQLiteBackend(database: try template.copy(), seedSnapshot: seed)
    }

    /// The database's words come to the recognizer through the flow's slots (their values
    /// and queries), not from here.
    public func corpusValues() throws -> [String: [String]] { [:] }

    /// A copy of the seeded database, for reading what every call starts from.
    public func seededDatabase() throws(DatabaseError) -> SQLiteDatabase { try template.copy() }
}

/// One call's copy of an `SQLiteDomain`'s database. Its tools are the agent file's.
public final class SQLiteBackend: DomainBackend {
    public let database: SQLiteDatabase?
    public let seedSnapshot: DatabaseSnapshot?

    /// A backend on `database`, reported against `seedSnapshot`.
    public init(database: SQLiteDatabase, seedSnapshot: DatabaseSnapshot) {
        self.database = database
        self.seedSnapshot = seedSnapshot
    }

    public var tools: any ToolProviding { NoTools() }

    /// A database domain has no named entity lists: flow slots read it with queries.
    public func entities(_ name: String) -> [String] { [] }
}
