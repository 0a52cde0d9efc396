import AgentTools
import Yams

extension YAMLValue {
    /// The value as JSON: a plain scalar that reads as `null`, `true`/`false` or a number
    /// is one; any other scalar (and every quoted one) is text; lists and mappings nest.
    public func json() throws(ScenarioError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            if isNull { return .null }
            switch scalar.string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let number = Double(scalar.string), number.isFinite, scalar.string.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true {
                return .number(number)
            }
            return .string(scalar.string)
        case .sequence:
            var items: [JSONValue] = []
            for item in try list() { items.append(try item.json()) }
            return .array(items)
        case .mapping:
            var members: [String: JSONValue] = [:]
            for (key, value) in try mapping().entries {
                guard members[key] == nil else { throw value.error("the key '\(key)' is given twice") }
                members[key] = try value.json()
            }
            return .object(members)
        case .alias:
            throw error("YAML aliases are not supported here")
        }
    }
}
