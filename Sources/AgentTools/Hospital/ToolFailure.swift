/// A call that cannot be carried out; it becomes an error result with `message`.
struct ToolFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
