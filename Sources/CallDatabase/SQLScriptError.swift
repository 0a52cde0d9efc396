/// A statement of an SQL file that failed, at its line of the file.
public struct SQLScriptError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file.
    public let file: String
    /// The 1-based line where the failing statement (or the token SQLite stopped at) is.
    public let line: Int
    /// What SQLite said.
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
