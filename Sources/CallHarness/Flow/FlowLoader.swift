import CallScenario
import CallText
import VoicePipeline

/// Reads flow YAML files (`Scenarios/flows/*.flow.yaml`) into `FlowDefinition`s, with
/// file:line errors, and checks that every route leads to a node that exists.
public enum FlowLoader {
    static let topKeys = ["start", "slots", "intents", "global", "noInput", "corpus", "notNames", "nodes"]
    static let actionKeys = ["say", "listen", "ask", "confirm", "tool", "branch", "set", "clear", "transfer", "end"]

    /// Loads and checks a flow file.
    public static func load(_ path: String) throws(ScenarioError) -> FlowDefinition {
        let root = try YAMLFile.load(path)
        let map = try root.mapping()
        try map.allowOnly(topKeys)

        var slots: [String: SlotDefinition] = [:]
        if let slotMap = try map.optional("slots")?.mapping() {
            for (name, value) in slotMap.entries { slots[name] = try slot(value) }
        }
        var intents: [FlowIntent] = []
        if let intentMap = try map.optional("intents")?.mapping() {
            for (name, value) in intentMap.entries {
                let m = try value.mapping()
                try m.allowOnly(["keywords", "examples"])
                intents.append(FlowIntent(name: name, keywords: try m.optional("keywords")?.stringList() ?? [],
                                          examples: try m.optional("examples")?.stringList() ?? []))
            }
        }
        var global: [String: String] = [:]
        if let g = try map.optional("global")?.mapping() {
            for (intent, target) in g.entries { global[intent] = try target.nonEmptyString() }
        }
        let noInputValue = try map.required("noInput")
        let noInputMap = try noInputValue.mapping()
        try noInputMap.allowOnly(["prompt", "maxAttempts", "then", "unclear"])
        let noInput = NoInputPolicy(prompt: try noInputMap.required("prompt").nonEmptyString(),
                                    maxAttempts: try noInputMap.optional("maxAttempts")?.int(in: 0...10) ?? 2,
                                    then: try noInputMap.required("then").nonEmptyString(),
                                    unclear: try noInputMap.optional("unclear")?.nonEmptyString())
        var nodes: [String: FlowNode] = [:]
        var nodeValues: [String: YAMLValue] = [:]
        for (id, value) in try map.required("nodes").mapping().entries {
            nodes[id] = FlowNode(id: id, action: try action(value, slots: slots))
            nodeValues[id] = value
        }
        let flow = FlowDefinition(start: try map.required("start").nonEmptyString(), slots: slots, intents: intents,
                                  globalRoutes: global, nodes: nodes, noInput: noInput,
                                  corpus: try map.optional("corpus")?.stringList() ?? [],
                                  notNames: try map.optional("notNames")?.stringList() ?? [])
        try check(flow, root: root, nodeValues: nodeValues, intentNames: Set(intents.map(\.name)))
        return flow
    }

    private static func slot(_ value: YAMLValue) throws(ScenarioError) -> SlotDefinition {
        let kinds = SlotKind.allCases.map(\.rawValue)
        if case let text? = try? value.string() {
            guard let kind = SlotKind(rawValue: text) else { throw value.error("'\(text)' is not a slot kind (\(kinds.joined(separator: ", ")))") }
            return SlotDefinition(kind: kind)
        }
        let m = try value.mapping()
        try m.allowOnly(["kind", "aliases", "entity", "values", "query", "pattern"])
        let kindValue = try m.required("kind")
        let kind = SlotKind(rawValue: try kindValue.choice(kinds))!
        var aliases: [String: String] = [:]
        if let a = try m.optional("aliases")?.mapping() {
            for (alias, canonical) in a.entries { aliases[alias] = try canonical.nonEmptyString() }
        }
        let entity = try m.optional("entity")?.nonEmptyString()
        let values = try m.optional("values")?.stringList() ?? []
        let query = try m.optional("query")?.nonEmptyString()
        var pattern: IdentifierPattern?
        if let patternValue = m.optional("pattern") {
            guard kind == .identifier else { throw patternValue.error("a pattern applies only to an identifier slot") }
            let text = try patternValue.nonEmptyString()
            guard let parsed = IdentifierPattern(text) else {
                throw patternValue.error("'\(text)' is not an identifier pattern: use # for a digit, @ for a letter, letters and digits as they are (at most 32)")
            }
            pattern = parsed
        }
        let definition = SlotDefinition(kind: kind, aliases: aliases, entity: entity, values: values, query: query, pattern: pattern)
        if kind == .choice, !definition.hasValues {
            throw kindValue.error("a choice slot needs values, a query or an entity: the values it takes")
        }
        if kind == .identifier, !definition.hasValues, pattern == nil {
            throw kindValue.error("an identifier slot needs a pattern (\"W-####\"), or values, a query or an entity: the ids it takes")
        }
        return definition
    }

    /// The line of the value at `keys` (mapping keys from the root) in the flow file at
    /// `path`, for errors found after loading (a slot's query against the database).
    public static func line(of keys: [String], in path: String) -> Int? {
        guard var value = try? YAMLFile.load(path) else { return nil }
        for key in keys {
            guard let next = try? value.mapping().optional(key) else { return nil }
            value = next
        }
        return value.line
    }

    private static func action(_ value: YAMLValue, slots: [String: SlotDefinition]) throws(ScenarioError) -> FlowAction {
        let m = try value.mapping()
        let present = m.keys.filter { actionKeys.contains($0) }
        guard present.count == 1, let kind = present.first else {
            throw value.error("a node needs exactly one of \(actionKeys.joined(separator: ", "))")
        }
        func text(_ key: String) throws(ScenarioError) -> String { try m.required(key).nonEmptyString() }
        func optionalText(_ key: String) throws(ScenarioError) -> String? { try m.optional(key)?.string() }
        func strings(_ key: String) throws(ScenarioError) -> [String] { try m.optional(key)?.stringList() ?? [] }
        func routes(_ key: String) throws(ScenarioError) -> [String: String] {
            var out: [String: String] = [:]
            for (k, v) in try m.optional(key)?.mapping().entries ?? [] { out[k] = try v.nonEmptyString() }
            return out
        }
        func attempts() throws(ScenarioError) -> Int { try m.optional("maxAttempts")?.int(in: 1...10) ?? 2 }
        func slotNames(_ names: [String], key: String) throws(ScenarioError) -> [String] {
            for name in names where slots[name] == nil { throw try m.required(key).error("unknown slot '\(name)'") }
            return names
        }
        switch kind {
        case "say":
            try m.allowOnly(["say", "next"])
            return .say(text: try text("say"), next: try text("next"))
        case "listen":
            try m.allowOnly(["listen", "routes", "capture", "ifCaptured", "captureAtLeast", "ambiguous", "reprompt", "maxAttempts", "fallback"])
            let prompt = try m.required("listen").string()
            return .listen(Listen(prompt: prompt.isEmpty ? nil : prompt, routes: try routes("routes"),
                                  capture: try slotNames(strings("capture"), key: "capture"), ifCaptured: try optionalText("ifCaptured"),
                                  captureAtLeast: try m.optional("captureAtLeast")?.int(in: 1...5) ?? 2, ambiguous: try routes("ambiguous"),
                                  reprompt: try text("reprompt"), maxAttempts: try attempts(), fallback: try text("fallback")))
        case "ask":
            try m.allowOnly(["ask", "prompt", "reprompt", "maxAttempts", "capture", "next", "fallback"])
            let slot = try text("ask")
            _ = try slotNames([slot], key: "ask")
            return .ask(slot: slot, prompt: try text("prompt"), reprompt: try text("reprompt"), maxAttempts: try attempts(),
                        capture: try slotNames(strings("capture"), key: "capture"), next: try text("next"), fallback: try text("fallback"))
        case "confirm":
            try m.allowOnly(["confirm", "yes", "no", "changed", "capture", "reprompt", "maxAttempts", "fallback"])
            return .confirm(prompt: try text("confirm"), yes: try text("yes"), no: try text("no"),
                            changed: try optionalText("changed"),
                            capture: try slotNames(strings("capture"), key: "capture"), reprompt: try text("reprompt"),
                            maxAttempts: try attempts(), fallback: try text("fallback"))
        case "tool":
            try m.allowOnly(["tool", "arguments", "outcomes", "next", "onError", "retries"])
            return .tool(name: try text("tool"), arguments: try routes("arguments"), outcomes: try routes("outcomes"),
                         next: try text("next"), onError: try text("onError"), retries: try m.optional("retries")?.int(in: 0...5) ?? 1)
        case "branch":
            try m.allowOnly(["branch", "cases", "otherwise"])
            return .branch(value: try m.required("branch").string(), cases: try routes("cases"), otherwise: try text("otherwise"))
        case "set":
            try m.allowOnly(["set", "next"])
            var values: [String: String] = [:]
            for (k, v) in try m.required("set").mapping().entries {
                _ = try slotNames([k], key: "set")
                values[k] = try v.string()
            }
            return .set(values: values, next: try text("next"))
        case "clear":
            try m.allowOnly(["clear", "next"])
            return .clear(slots: try slotNames(m.required("clear").stringList(), key: "clear"), next: try text("next"))
        case "transfer":
            try m.allowOnly(["transfer", "reason"])
            return .transfer(text: try text("transfer"), reason: try text("reason"))
        default:
            try m.allowOnly(["end"])
            return .end(text: try text("end"))
        }
    }

    /// Every target names a node; every routed intent exists.
    private static func check(_ flow: FlowDefinition, root: YAMLValue, nodeValues: [String: YAMLValue], intentNames: Set<String>) throws(ScenarioError) {
        func target(_ id: String, from value: YAMLValue?) throws(ScenarioError) {
            guard flow.nodes[id] == nil else { return }
            throw (value ?? root).error("no node named '\(id)'")
        }
        try target(flow.start, from: root)
        try target(flow.noInput.then, from: root)
        if let unclear = flow.noInput.unclear { try target(unclear, from: root) }
        for (intent, id) in flow.globalRoutes {
            guard intentNames.contains(intent) else { throw root.error("global route for unknown intent '\(intent)'") }
            try target(id, from: root)
        }
        for (id, node) in flow.nodes.sorted(by: { $0.key < $1.key }) {
            let value = nodeValues[id]
            var targets: [String] = []
            switch node.action {
            case .say(_, let next), .set(_, let next), .clear(_, let next): targets = [next]
            case .listen(let listen):
                for intent in listen.routes.keys where !intentNames.contains(intent) { throw (value ?? root).error("route for unknown intent '\(intent)'") }
                for intent in listen.ambiguous.keys where !intentNames.contains(intent) { throw (value ?? root).error("ambiguous route for unknown intent '\(intent)'") }
                targets = Array(listen.routes.values) + Array(listen.ambiguous.values) + [listen.fallback] + (listen.ifCaptured.map { [$0] } ?? [])
            case .ask(_, _, _, _, _, let next, let fallback): targets = [next, fallback]
            case .confirm(_, let yes, let no, let changed, _, _, _, let fallback): targets = [yes, no, fallback] + (changed.map { [$0] } ?? [])
            case .tool(_, _, let outcomes, let next, let onError, _): targets = Array(outcomes.values) + [next, onError]
            case .branch(_, let cases, let otherwise): targets = Array(cases.values) + [otherwise]
            case .transfer, .end: targets = []
            }
            for t in targets.sorted() { try target(t, from: value) }
        }
    }
}
