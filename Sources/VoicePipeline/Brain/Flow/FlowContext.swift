import CallText

/// What a flow knows about its world: the calendar, the domain's entity lists, its
/// database and the tool that hands a call to a person.
public struct FlowContext {
    /// The simulated calendar's today.
    public var today: CalendarDate
    /// The current values of a named entity list (asked when needed: a booking may add an id).
    public var entities: (String) -> [String]
    /// The tool a transfer node calls to hand the call off, if the domain has one.
    public var handoffTool: String?
    /// The first-column values of a query of the call's database, its named parameters
    /// bound from the values given (empty without a database or when the query fails).
    public var query: (String, [String: String]) -> [String]

    /// Creates a context.
    public init(today: CalendarDate, entities: @escaping (String) -> [String], handoffTool: String?,
                query: @escaping (String, [String: String]) -> [String] = { _, _ in [] }) {
        self.today = today
        self.entities = entities
        self.handoffTool = handoffTool
        self.query = query
    }
}
