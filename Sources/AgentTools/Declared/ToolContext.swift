import CallDatabase
import CallText

/// What a declared tool may use of the call it runs in.
public struct ToolContext: @unchecked Sendable {
    /// The call's own database, when its backend keeps one.
    public var database: SQLiteDatabase?
    /// Today on the backend's calendar, when it has one (bound as `:today` in SQL).
    public var today: CalendarDate?
    /// Where a tool records a problem of the run's setup that should stop the call.
    public var stop: ToolStop

    /// Creates a context.
    public init(database: SQLiteDatabase? = nil, today: CalendarDate? = nil, stop: ToolStop = ToolStop()) {
        self.database = database
        self.today = today
        self.stop = stop
    }
}
