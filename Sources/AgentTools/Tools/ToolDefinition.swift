/// A tool as a model sees it: a name, what it does, and its arguments as a JSON Schema.
public struct ToolDefinition: Hashable, Sendable {
    /// The function name the model calls.
    public let name: String
    /// What the tool does and when to use it.
    public let description: String
    /// A JSON Schema of type `object` describing the arguments.
    public let parameters: JSONValue

    /// Creates a definition.
    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }

    /// The definition in OpenAI function-calling form:
    /// `{"type": "function", "function": {"name", "description", "parameters"}}`.
    public var openAIFunction: JSONValue {
        ["type": "function", "function": ["name": .string(name), "description": .string(description), "parameters": parameters]]
    }

    /// The argument names the schema declares.
    public var argumentNames: Set<String> { Set(parameters["properties"]?.object.map { Array($0.keys) } ?? []) }

    /// The argument names the schema requires.
    public var requiredArguments: Set<String> { Set(parameters["required"]?.array?.compactMap(\.string) ?? []) }
}
