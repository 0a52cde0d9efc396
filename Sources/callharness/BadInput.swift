/// Bad input from the user: printed as one line, exit code 2.
struct BadInput: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Runs `body`, turning library errors about the user's input into `BadInput`.
func reportingBadInput<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as BadInput {
        throw error
    } catch let error as any CustomStringConvertible & Error {
        throw BadInput(error.description)
    }
}
