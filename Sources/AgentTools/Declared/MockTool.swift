/// A tool answered from canned results, for tools whose backend is not worth modelling:
/// the first case whose `when` arguments all match the call's gives its result (text
/// compared without regard to case or surrounding space, a number equal to its text); a
/// case without `when` matches any call.
public struct MockTool: ToolImplementation {
    /// One canned answer.
    public struct Case: Sendable, Equatable {
        /// What the answer is.
        public enum Outcome: Sendable, Equatable {
            /// A successful result.
            case result(JSONValue)
            /// A refused request with this message.
            case error(String)
            /// A failing service with this message (worth retrying).
            case unavailable(String)
        }

        /// The argument values the call must have (a subset of its arguments).
        public var when: [String: JSONValue]
        /// The answer.
        public var outcome: Outcome

        /// Creates a case.
        public init(when: [String: JSONValue] = [:], outcome: Outcome) {
            self.when = when
            self.outcome = outcome
        }
    }

    /// The tool's name, for messages.
    public let name: String
    /// The cases, first match wins.
    public let cases: [Case]

    /// Creates a tool.
    public init(name: String, cases: [Case]) {
        self.name = name
        self.cases = cases
    }

    public func run(_ call: ToolCall, arguments: [String: JSONValue], context: ToolContext) -> ToolResult {
        guard let match = cases.first(where: { $0.when.allSatisfy { key, value in arguments[key].map { Self.same($0, value) } ?? false } }) else {
            return .error("\(name) has no answer for \(JSONValue.object(arguments).jsonString())")
        }
        switch match.outcome {
        case .result(let content): return .success(content)
        case .error(let message): return .error(message)
        case .unavailable(let message): return .unavailable(message)
        }
    }

    /// True when a given argument matches a case's value.
    static func same(_ given: JSONValue, _ wanted: JSONValue) -> Bool {
        func text(_ value: JSONValue) -> String? {
            switch value {
            case .string(let s): s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            case .number(let n): JSONValue.numberText(n)
            case .bool(let b): b ? "true" : "false"
            default: nil
            }
        }
        if let a = text(given), let b = text(wanted) { return a == b }
        return given == wanted
    }
}
