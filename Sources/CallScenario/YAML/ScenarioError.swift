/// A problem in a scenario, agent, profile or flow file, located to the file, line and
/// key. Its description is one line: `file:line: key: message`.
public struct ScenarioError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file the problem is in.
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// Dotted key path (`turns[2].pause.ms`), when the problem is at a key.
    public let key: String?
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key, !key.isEmpty { return "\(location): \(key): \(message)" }
        return "\(location): \(message)"
    }
}
