/// A small JSON Schema (draft 2020-12) validator for the keywords report.schema.json
/// uses: `$ref` to `#/$defs/…`, `type`, `properties`, `required`, `additionalProperties`,
/// `items`, `minItems`, `maxItems`, `enum`, `const`, `minimum`. Any other keyword that is
/// not an annotation is reported as unsupported, so the schema cannot rely on one this
/// validator would silently skip.
struct SchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"]
    static let keywords: Set<String> = ["$ref", "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
                                        "enum", "const", "minimum"]

    /// Every problem with `value`, as `path: problem`.
    func validate(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let rules) = schema else {
            if schema == .bool(false) { problems.append("\(path): not allowed") }
            return
        }
        for keyword in rules.keys where !Self.annotations.contains(keyword) && !Self.keywords.contains(keyword) {
            problems.append("\(path): the schema uses \(keyword), which this validator does not support")
        }
        if case .string(let ref)? = rules["$ref"] {
            guard let target = resolve(ref) else {
                problems.append("\(path): unresolvable $ref \(ref)")
                return
            }
            check(value, against: target, at: path, into: &problems)
        }
        if let type = rules["type"] {
            let allowed: [String] = switch type {
            case .string(let name): [name]
            case .array(let names): names.compactMap { if case .string(let n) = $0 { n } else { nil } }
            default: []
            }
            if value.types.isDisjoint(with: allowed) { problems.append("\(path): expected \(allowed.joined(separator: " or "))") }
        }
        if let constant = rules["const"], !same(constant, value) { problems.append("\(path): expected the constant \(constant)") }
        if case .array(let options)? = rules["enum"], !options.contains(where: { same($0, value) }) {
            problems.append("\(path): not one of the allowed values")
        }
        if let minimum = rules["minimum"]?.numeric, let number = value.numeric, number < minimum {
            problems.append("\(path): below the minimum \(minimum)")
        }
        if case .object(let members) = value { checkObject(members, rules, at: path, into: &problems) }
        if case .array(let items) = value {
            if let minimum = rules["minItems"]?.numeric, Double(items.count) < minimum { problems.append("\(path): too few items") }
            if let maximum = rules["maxItems"]?.numeric, Double(items.count) > maximum { problems.append("\(path): too many items") }
            if let itemSchema = rules["items"] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems) }
            }
        }
    }

    func checkObject(_ members: [String: JSONValue], _ rules: [String: JSONValue], at path: String, into problems: inout [String]) {
        if case .array(let required)? = rules["required"] {
            for case .string(let key) in required where members[key] == nil { problems.append("\(path): missing \(key)") }
        }
        var properties: [String: JSONValue] = [:]
        if case .object(let declared)? = rules["properties"] { properties = declared }
        for (key, member) in members.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[key] {
                check(member, against: propertySchema, at: "\(path).\(key)", into: &problems)
            } else if let additional = rules["additionalProperties"] {
                if additional == .bool(false) {
                    problems.append("\(path): unexpected key \(key)")
                } else {
                    check(member, against: additional, at: "\(path).\(key)", into: &problems)
                }
            }
        }
    }

    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/$defs/"), case .object(let top) = root, case .object(let defs)? = top["$defs"] else { return nil }
        return defs[String(ref.dropFirst("#/$defs/".count))]
    }

    /// Equality as JSON means it: 1 and 1.0 are the same number.
    func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = a.numeric, let y = b.numeric { return x == y }
        return a == b
    }
}
