import CallText
import AgentTools

extension FlowEngine {
    /// Fills `{slot}`, `{slot.spoken}`, `{result.path}` and `{intent}` in a text; a
    /// `|date` suffix speaks an ISO date ("2025-06-06" → "Friday, June sixth"), `|money` an
    /// amount in dollars ("49.99" → "forty nine dollars and ninety nine cents"), `|id` an
    /// identifier ("W-1001" → "W one zero zero one"), `|phone` a phone number digit by digit.
    func render(_ template: String) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { out += rest[open...]; return out }
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", maxSplits: 1).map(String.init)
            let path = parts[0].split(separator: ".").map(String.init)
            var text = value(at: path)
            if parts.count == 2 { text = Self.filtered(text, parts[1]) }
            out += text
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// `text` through the template filter `filter`; unchanged when it does not apply.
    static func filtered(_ text: String, _ filter: String) -> String {
        switch filter {
        case "date": CalendarDate(iso: text)?.spoken ?? text
        case "money": spokenMoney(text) ?? text
        case "id": text.isEmpty ? text : IdentifierParser.spoken(text)
        case "phone": text.isEmpty ? text : PhoneParser.spoken(text)
        default: text
        }
    }

    private func value(at path: [String]) -> String {
        guard let head = path.first else { return "" }
        if head == "intent" { return state.intent ?? "" }
        if head == "result" {
            var node = state.result
            for key in path.dropFirst() {
                if let index = Int(key), let array = node.array, index < array.count {
                    node = array[index]
                } else if let next = node[key] {
                    node = next
                } else {
                    return ""
                }
            }
            switch node {
            case .string(let s): return s
            case .number: return node.jsonString()
            case .bool(let b): return b ? "yes" : "no"
            case .array(let items): return items.compactMap { $0.string ?? $0.jsonString() }.joined(separator: ", ")
            default: return ""
            }
        }
        guard let slot = state.slots[head] else { return "" }
        return path.count > 1 && path[1] == "spoken" ? slot.spoken : slot.value
    }
}
