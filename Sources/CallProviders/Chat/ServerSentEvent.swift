/// One event of a `text/event-stream`.
public struct ServerSentEvent: Sendable, Equatable {
    /// The `event:` type, nil for the default (`message`).
    public var event: String?
    /// The `data:` lines joined with newlines.
    public var data: String
    /// The `id:`, when given.
    public var id: String?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}
