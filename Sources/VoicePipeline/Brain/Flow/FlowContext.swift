import CallText

/// What the flow knows about its world: the calendar and the backend's names.
public struct FlowContext {
    /// The simulated calendar's today.
    public var today: CalendarDate
    /// Doctors' full display names ("Dr. Raj Patel").
    public var doctors: [String]
    /// Known patients' names.
    public var patients: [String]
    /// Known appointment ids, asked when needed (bookings add new ones).
    public var appointmentIDs: () -> [String]

    /// Creates a context.
    public init(today: CalendarDate, doctors: [String], patients: [String], appointmentIDs: @escaping () -> [String]) {
        self.today = today
        self.doctors = doctors
        self.patients = patients
        self.appointmentIDs = appointmentIDs
    }
}
