import AgentTools
import Foundation

/// Checks a tool's `parameters`, a JSON Schema, when the agent file is loaded: the
/// arguments object (`type: object`, `properties`, `required`, `additionalProperties`),
/// and in each property the keywords a function-calling model reads, with their types —
/// so a typo (`requred`, `type: strng`) is a file:line error, not a tool the model
/// misreads.
enum ToolSchema {
    static let types = ["string", "number", "integer", "boolean", "object", "array", "null"]
    static let topKeys = ["type", "properties", "required", "additionalProperties", "description", "title"]
    static let propertyKeys = ["type", "description", "title", "enum", "const", "default", "examples", "format", "pattern",
                               "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                               "items", "minItems", "maxItems", "properties", "required", "additionalProperties",
                               "anyOf", "oneOf"]

    /// The schema as JSON, checked; no schema means a tool without arguments.
    static func checked(_ value: YAMLValue?, owner: YAMLValue) throws(ScenarioError) -> JSONValue {
        guard let value else { return ["type": "object", "properties": [:]] }
        let mapping = try value.mapping()
        try mapping.allowOnly(topKeys)
        let type = try mapping.required("type")
        guard try type.string() == "object" else { throw type.error("the arguments must be of type object") }
        try object(mapping)
        return try value.json()
    }

    /// `properties`, `required` and `additionalProperties` of an object schema.
    private static func object(_ mapping: YAMLMapping) throws(ScenarioError) {
        var names: [String] = []
        if let properties = mapping.optional("properties") {
            for (name, schema) in try properties.mapping().entries {
                guard !name.isEmpty else { throw schema.error("a property needs a name") }
                try property(schema)
                names.append(name)
            }
        }
        if let required = mapping.optional("required") {
            var seen = Set<String>()
            for item in try required.list() {
                let name = try item.nonEmptyString()
                guard names.contains(name) else { throw item.error("'\(name)' is required but not among the properties (\(names.joined(separator: ", ")))") }
                guard seen.insert(name).inserted else { throw item.error("'\(name)' is listed twice") }
            }
        }
        if let additional = mapping.optional("additionalProperties") {
            if additional.isMapping { try property(additional) } else { _ = try additional.bool() }
        }
    }

    /// One property's schema.
    private static func property(_ value: YAMLValue) throws(ScenarioError) {
        let mapping = try value.mapping()
        try mapping.allowOnly(propertyKeys)
        var declared: [String] = []
        if let type = mapping.optional("type") {
            declared = try type.stringList()
            for name in declared where !types.contains(name) {
                throw type.error("'\(name)' is not a JSON Schema type (\(types.joined(separator: ", ")))")
            }
        } else if ["enum", "const", "anyOf", "oneOf"].allSatisfy({ mapping.optional($0) == nil }) {
            throw ScenarioError(file: value.file, line: value.line, key: value.path, message: "a property needs a type (or enum, const, anyOf, oneOf)")
        }
        if let description = mapping.optional("description") { _ = try description.string() }
        if let options = mapping.optional("enum") {
            guard try !options.list().isEmpty else { throw options.error("an enum needs at least one value") }
        }
        if let pattern = mapping.optional("pattern") {
            let text = try pattern.string()
            guard (try? NSRegularExpression(pattern: text)) != nil else { throw pattern.error("'\(text)' is not a regular expression") }
        }
        for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
            if let bound = mapping.optional(key) { _ = try bound.double() }
        }
        for key in ["minLength", "maxLength", "minItems", "maxItems"] {
            if let bound = mapping.optional(key) { _ = try bound.int(in: 0...Int.max) }
        }
        if let items = mapping.optional("items") { try property(items) }
        for key in ["anyOf", "oneOf"] {
            if let options = mapping.optional(key) { for option in try options.list() { try property(option) } }
        }
        if mapping.optional("properties") != nil || mapping.optional("required") != nil {
            guard declared.isEmpty || declared.contains("object") else {
                throw (mapping.optional("properties") ?? value).error("properties apply only to type object")
            }
            try object(mapping)
        } else if let additional = mapping.optional("additionalProperties") {
            if additional.isMapping { try property(additional) } else { _ = try additional.bool() }
        }
    }
}
