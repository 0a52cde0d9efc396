import Foundation

/// A call's arguments, checked against the names its tool declares.
public struct ToolArguments: Sendable {
    private let tool: String
    private let values: [String: JSONValue]

    /// Rejects arguments the tool does not declare.
    public init(_ call: ToolCall, accepted: Set<String>) throws(ToolFailure) {
        let unexpected = call.arguments.keys.filter { !accepted.contains($0) }.sorted()
        guard unexpected.isEmpty else {
            let names = unexpected.map { "'\($0)'" }.joined(separator: ", ")
            throw ToolFailure("\(call.name) does not take \(names); it takes \(accepted.sorted().joined(separator: ", "))")
        }
        tool = call.name
        values = call.arguments
    }

    /// A required argument as trimmed text (numbers are accepted and written out).
    public func required(_ name: String) throws(ToolFailure) -> String {
        guard let text = try optional(name) else { throw ToolFailure("\(tool) needs the argument '\(name)'") }
        return text
    }

    /// An optional argument as trimmed text; absent, `null` and blank all mean `nil`.
    public func optional(_ name: String) throws(ToolFailure) -> String? {
        guard let value = values[name] else { return nil }
        let text: String
        switch value {
        case .null: return nil
        case .string(let string): text = string
        case .number(let number): text = JSONValue.numberText(number)
        default: throw ToolFailure("the argument '\(name)' must be a string, not \(value.jsonString())")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
