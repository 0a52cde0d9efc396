import Foundation

/// Checks a call's arguments against its tool's JSON Schema, as the hospital's Swift tools
/// check theirs: arguments the schema does not declare are refused, a required argument
/// that is missing, `null` or blank is missing, a value of the wrong type is refused
/// (a number is accepted where text is asked for, written out; text that reads as a
/// number or a flag where one is asked for, as a flow passes its slots); text is trimmed. Also
/// checked: `enum`, `pattern`, `minimum`/`maximum`, `minLength`/`maxLength`.
enum ArgumentCheck {
    /// The arguments, tidied, or the failure the caller of the tool is told.
    static func check(_ call: ToolCall, against definition: ToolDefinition) throws(ToolFailure) -> [String: JSONValue] {
        let schema = definition.parameters
        let properties = schema["properties"]?.object ?? [:]
        if schema["additionalProperties"]?.bool != true {
            let unexpected = call.arguments.keys.filter { properties[$0] == nil }.sorted()
            if !unexpected.isEmpty {
                let names = unexpected.map { "'\($0)'" }.joined(separator: ", ")
                throw ToolFailure("\(call.name) does not take \(names); it takes \(properties.keys.sorted().joined(separator: ", "))")
            }
        }
        var out: [String: JSONValue] = [:]
        for (name, value) in call.arguments {
            guard let property = properties[name] else { out[name] = value; continue }
            if let tidy = try tidied(value, name: name, schema: property) { out[name] = tidy }
        }
        for name in schema["required"]?.array?.compactMap(\.string) ?? [] where out[name] == nil {
            throw ToolFailure("\(call.name) needs the argument '\(name)'")
        }
        return out
    }

    /// The value tidied, nil for one that counts as absent (`null`, blank text).
    private static func tidied(_ value: JSONValue, name: String, schema: JSONValue) throws(ToolFailure) -> JSONValue? {
        if value.isNull { return nil }
        let types = schema["type"]?.string.map { [$0] } ?? schema["type"]?.array?.compactMap(\.string) ?? []
        var result = value
        if types.contains("string"), !types.contains("number"), !types.contains("integer") {
            switch value {
            case .string(let text): result = .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
            case .number(let number): result = .string(JSONValue.numberText(number))
            default: throw ToolFailure("the argument '\(name)' must be a string, not \(value.jsonString())")
            }
            if result.string?.isEmpty == true { return nil }
        } else if !types.isEmpty {
            if case .string(let text) = value { result = coerced(text.trimmingCharacters(in: .whitespacesAndNewlines), to: types) }
            guard types.contains(where: { fits(result, $0) }) else {
                throw ToolFailure("the argument '\(name)' must be \(types.map(article).joined(separator: " or ")), not \(value.jsonString())")
            }
        } else if case .string(let text) = value {
            result = .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        try constraints(result, name: name, schema: schema)
        return result
    }

    private static func constraints(_ value: JSONValue, name: String, schema: JSONValue) throws(ToolFailure) {
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            let list = allowed.map { $0.string ?? $0.jsonString() }.joined(separator: ", ")
            throw ToolFailure("the argument '\(name)' must be one of \(list), not \(value.string ?? value.jsonString())")
        }
        if let text = value.string {
            if let pattern = schema["pattern"]?.string, let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                throw ToolFailure("the argument '\(name)' must match \(pattern), not \"\(text)\"")
            }
            if let least = schema["minLength"]?.int, text.count < least {
                throw ToolFailure("the argument '\(name)' must be at least \(least) characters long")
            }
            if let most = schema["maxLength"]?.int, text.count > most {
                throw ToolFailure("the argument '\(name)' must be at most \(most) characters long")
            }
        }
        if let number = value.number {
            if let least = schema["minimum"]?.number, number < least {
                throw ToolFailure("the argument '\(name)' must be at least \(JSONValue.numberText(least))")
            }
            if let most = schema["maximum"]?.number, number > most {
                throw ToolFailure("the argument '\(name)' must be at most \(JSONValue.numberText(most))")
            }
        }
    }

    /// Text where a number or a flag is asked for, as a flow passes every value: "3" is 3,
    /// "yes" and "true" are true, "no" and "false" false; other text stays text.
    private static func coerced(_ text: String, to types: [String]) -> JSONValue {
        if types.contains("number") || types.contains("integer"), let number = Double(text), number.isFinite { return .number(number) }
        if types.contains("boolean") {
            switch text.lowercased() {
            case "true", "yes": return .bool(true)
            case "false", "no": return .bool(false)
            default: break
            }
        }
        return .string(text)
    }

    static func fits(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("array", .array), ("object", .object), ("null", .null), ("number", .number): true
        case ("integer", .number(let n)): n.rounded() == n
        default: false
        }
    }

    private static func article(_ type: String) -> String {
        switch type {
        case "integer", "array", "object": "an \(type)"
        case "null": "null"
        default: "a \(type)"
        }
    }
}
