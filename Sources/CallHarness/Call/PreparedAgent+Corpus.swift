import AgentTools
import CallDatabase
import CallScenario
import CallText
import VoicePipeline

extension PreparedAgent {
    /// Values of the flow's own slots for its corpus placeholders (`{order_id}`,
    /// `{reason}`): each slot with listed values or a query of the agent's database gives
    /// them as the caller would say them — choices with their aliases, identifiers read out
    /// — from the seeded database, never from a scenario. A query's `:slot` parameters are
    /// NULL here, so a query that depends on other slots contributes what it finds without them.
    static func slotValues(_ flow: FlowDefinition, database: SQLiteDatabase?, today: CalendarDate?, config: AgentConfig) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for name in flow.slots.keys.sorted() {
            let slot = flow.slots[name]!
            guard !slot.values.isEmpty || slot.query != nil else { continue }
            var values = slot.values
            if let query = slot.query {
                values += try queryValues(query, slot: name, database: database, today: today, config: config, binds: [:])
            }
            var spoken: [String]
            switch slot.kind {
            case .identifier: spoken = values.map { TextNormalizer.normalize(IdentifierParser.spoken($0)) }
            case .choice: spoken = values.map { TextNormalizer.normalize($0) } + slot.aliases.keys.sorted().map { TextNormalizer.normalize($0) }
            default: spoken = values.map { TextNormalizer.normalize($0) }
            }
            spoken = spoken.filter { !$0.isEmpty }
            var seen = Set<String>()
            out[name] = spoken.filter { seen.insert($0).inserted }
        }
        return out
    }

    /// The first-column values `query` gives on `database`; a query that cannot run, or
    /// writes, is an error at the slot's line in the flow file.
    static func queryValues(_ query: String, slot: String, database: SQLiteDatabase?, today: CalendarDate?, config: AgentConfig,
                            binds: [String: SQLiteValue]) throws -> [String] {
        let flowFile: String
        if case .flow(let path) = config.brain { flowFile = path } else { flowFile = config.file }
        let line = FlowLoader.line(of: ["slots", slot, "query"], in: flowFile)
        guard let database else {
            throw ScenarioError(file: flowFile, line: line, key: "slots.\(slot).query",
                                message: "a slot query needs a backend with a database (backend: {type: sqlite, …})")
        }
        do {
            guard try database.prepareScript(query).allSatisfy(\.readOnly) else {
                throw ScenarioError(file: flowFile, line: line, key: "slots.\(slot).query", message: "a slot's query must only read")
            }
            var all = binds
            if let today { all[SQLTool.todayParameter] = .text(today.iso) }
            return try database.script(query, named: all).rows.compactMap { $0.values.first }.filter { !$0.isNull }.map(\.plainText)
        } catch let error as DatabaseError {
            throw ScenarioError(file: flowFile, line: line, key: "slots.\(slot).query", message: error.cause)
        }
    }
}
