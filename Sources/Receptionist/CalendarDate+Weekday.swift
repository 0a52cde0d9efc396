import AgentTools
import CallText

extension CalendarDate {
    /// The day of the week, as the doctors' working days are kept.
    var dayOfWeek: Weekday { Weekday(rawValue: weekday)! }
}
