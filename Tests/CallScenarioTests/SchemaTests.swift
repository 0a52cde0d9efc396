import AgentTools
import CallImpairment
import VoicePipeline
import Foundation
import Testing
@testable import CallScenario

/// A mapping in one of the JSON Schemas and the keys the loader accepts there.
struct SchemaMapping: Sendable, CustomTestStringConvertible {
    /// scenario, agent or profile.
    let schema: String
    /// Steps from the schema's root: property names, `[]` for list items, `$defs.NAME`, `oneOf:N`.
    let path: [String]
    let keys: [String]
    /// Whether the loader's ranges can be probed here by changing one value.
    let probeRanges: Bool
    /// Whether the mapping's schema defaults can be written out alone (no required keys).
    let defaultsAlone: Bool

    init(_ schema: String, _ path: [String], _ keys: [String], probeRanges: Bool = false, defaultsAlone: Bool = false) {
        self.schema = schema
        self.path = path
        self.keys = keys
        self.probeRanges = probeRanges
        self.defaultsAlone = defaultsAlone
    }

    var testDescription: String { "\(schema): \(path.isEmpty ? "top level" : path.joined(separator: "."))" }
}

@Suite("JSON Schemas match the loader")
struct SchemaTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/schema").path

    static let mappings: [SchemaMapping] = [
        .init("scenario", [], Scenario.keys),
        .init("scenario", ["caller"], CallerProfile.keys, probeRanges: true, defaultsAlone: true),
        .init("scenario", ["caller", "persona", "oneOf:1"], CallerPersona.keys),
        .init("scenario", ["line"], LineConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("scenario", ["line", "loss"], LineConfig.Loss.keys),
        .init("scenario", ["line", "jitterBuffer"], LineConfig.JitterBuffer.keys, probeRanges: true, defaultsAlone: true),
        .init("scenario", ["$defs.noise"], NoiseCondition.keys),
        .init("scenario", ["turns", "[]"], CallerTurn.keys),
        .init("scenario", ["turns", "[]", "pause"], CallerTurn.Pause.keys),
        .init("scenario", ["turns", "[]", "bargeIn"], CallerTurn.BargeIn.keys),
        .init("scenario", ["expect"], Expectations.keys),
        .init("scenario", ["expect", "budgets"], Budgets.keys, probeRanges: true),
        .init("agent", [], AgentConfig.keys),
        .init("agent", ["vad"], VADConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("agent", ["endpointing"], EndpointingConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("agent", ["interruption"], InterruptionConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("agent", ["stt"], STTConfig.keys, defaultsAlone: true),
        .init("agent", ["stt", "http"], SpeechServiceConfig.transcriptionKeys),
        .init("agent", ["tts"], TTSConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("agent", ["tts", "http"], SpeechServiceConfig.speechKeys),
        .init("agent", ["sentenceBuffer"], SentenceBufferConfig.keys, probeRanges: true, defaultsAlone: true),
        .init("agent", ["brain"], BrainConfig.keys),
        .init("agent", ["brain", "llm"], LLMConfig.keys),
        .init("agent", ["backend"], BackendConfig.keys),
        .init("agent", ["guardrails"], GuardrailConfig.keys),
        .init("agent", ["guardrails", "emergency"], EmergencyConfig.keys, defaultsAlone: true),
        .init("agent", ["external"], ExternalAgentConfig.keys),
        .init("agent", ["external", "escalation"], ExternalAgentConfig.escalationKeys),
        .init("agent", ["$defs.tool"], ToolConfig.keys),
        .init("agent", ["$defs.toolCheck"], ToolConfig.checkKeys),
        .init("agent", ["$defs.toolHTTP"], ToolConfig.httpKeys),
        .init("agent", ["$defs.mockCase"], ToolConfig.mockKeys),
        .init("agent", ["$defs.failures"], ToolFailurePlan.keys),
        .init("scenario", ["$defs.stateCheck"], ExpectedState.keys),
        .init("scenario", ["$defs.httpCheck"], ExpectedHTTP.keys),
        .init("scenario", ["$defs.failures"], ToolFailurePlan.keys),
        .init("profile", [], LatencyProfile.keys),
        .init("profile", ["transport"], LatencyProfile.Transport.keys),
        .init("profile", ["stt"], LatencyProfile.STT.keys),
        .init("profile", ["llm"], LatencyProfile.LLM.keys, probeRanges: true, defaultsAlone: true),
        .init("profile", ["tts"], LatencyProfile.TTS.keys, probeRanges: true, defaultsAlone: true),
        .init("profile", ["tools"], LatencyProfile.Tools.keys, probeRanges: true, defaultsAlone: true),
        .init("profile", ["$defs.distribution", "oneOf:2"], LatencyDistribution.keys),
        .init("profile", ["$defs.distribution", "oneOf:2", "lognormal"], LatencyDistribution.logNormalKeys),
        .init("profile", ["$defs.distribution", "oneOf:2", "uniform"], LatencyDistribution.uniformKeys),
        .init("judge", [], JudgeConfig.fileKeys),
        .init("judge", ["judge"], JudgeConfig.keys, probeRanges: true),
    ]

    /// Values whose range depends on another key, so one value cannot be probed alone.
    static let crossChecked: Set<String> = ["endpointing.maxSilenceMs", "line.jitterBuffer.maxDepthMs"]

    static func load(_ schema: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/\(schema).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Follows `$ref` to `#/$defs/NAME`.
    static func resolve(_ node: [String: Any], in root: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/$defs/"),
              let defs = root["$defs"] as? [String: Any], let target = defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] else { return node }
        return resolve(target, in: root)
    }

    static func node(_ path: [String], in root: [String: Any]) throws -> [String: Any] {
        var node = root
        for step in path {
            let next: Any?
            if step == "[]" {
                next = node["items"]
            } else if step.hasPrefix("$defs.") {
                next = (root["$defs"] as? [String: Any])?[String(step.dropFirst("$defs.".count))]
            } else if step.hasPrefix("oneOf:") {
                next = (node["oneOf"] as? [Any])?[Int(step.dropFirst("oneOf:".count))!]
            } else {
                next = (node["properties"] as? [String: Any])?[step]
            }
            node = resolve(try #require(next as? [String: Any], "no \(step) in \(path)"), in: root)
        }
        return node
    }

    static func properties(_ mapping: SchemaMapping) throws -> [String: [String: Any]] {
        let root = try load(mapping.schema)
        let properties = try #require(try node(mapping.path, in: root)["properties"] as? [String: Any])
        return properties.compactMapValues { $0 as? [String: Any] }
    }

    @Test("each schema is JSON Schema draft 2020-12", arguments: ["scenario", "agent", "profile", "judge"])
    func draft(schema: String) throws {
        let root = try Self.load(schema)
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(root["type"] as? String == "object")
    }

    @Test("property names equal the loader's keys; no extra properties; every property described", arguments: mappings)
    func keys(_ mapping: SchemaMapping) throws {
        let root = try Self.load(mapping.schema)
        let node = try Self.node(mapping.path, in: root)
        let properties = try Self.properties(mapping)
        #expect(Set(properties.keys) == Set(mapping.keys))
        #expect(Set(mapping.keys).count == mapping.keys.count, "duplicate keys in the loader's list")
        #expect(node["additionalProperties"] as? Bool == false)
        for (name, property) in properties {
            #expect(!((property["description"] as? String) ?? "").isEmpty, "\(name) has no description")
        }
    }

    @Test("schema enums list the loader's choices", arguments: [
        ("scenario", ["line", "codec"], LineConfig.Codec.allCases.map(\.rawValue)),
        ("scenario", ["line", "jitterDistribution"], LineConfig.JitterDistribution.allCases.map(\.rawValue)),
        ("scenario", ["line", "concealment"], LineConfig.Concealment.allCases.map(\.rawValue)),
        ("scenario", ["line", "jitterBuffer", "mode"], LineConfig.JitterBuffer.Mode.allCases.map(\.rawValue)),
        ("scenario", ["line", "loss", "model"], LineConfig.Loss.models),
        ("scenario", ["$defs.noise", "type"], NoiseCondition.types),
        ("agent", ["stt", "engine"], STTConfig.Engine.allCases.map(\.rawValue)),
        ("agent", ["stt", "languageModel"], STTConfig.LanguageModel.allCases.map(\.rawValue)),
        ("agent", ["stt", "adaptation"], STTConfig.Adaptation.allCases.map(\.rawValue)),
        ("agent", ["tts", "http", "format"], SpeechServiceConfig.Format.allCases.map(\.rawValue)),
        ("agent", ["brain", "llm", "latency"], LLMConfig.Latency.allCases.map(\.rawValue)),
        ("agent", ["$defs.tool", "result"], SQLTool.ResultShape.allCases.map(\.rawValue)),
        ("scenario", ["caller", "persona", "oneOf:0"], CallerPersona.presetNames),
        ("scenario", ["caller", "persona", "oneOf:1", "preset"], CallerPersona.presetNames),
        ("scenario", ["caller", "persona", "oneOf:1", "interrupts"], CallerPersona.Interrupts.allCases.map(\.rawValue)),
        ("scenario", ["caller", "persona", "oneOf:1", "verbosity"], CallerPersona.Verbosity.allCases.map(\.rawValue)),
    ] as [(String, [String], [String])])
    func enums(schema: String, path: [String], choices: [String]) throws {
        let node = try Self.node(path, in: try Self.load(schema))
        #expect(node["enum"] as? [String] == choices)
    }

    @Test("writing out every schema default loads the same as leaving the keys out", arguments: mappings.filter(\.defaultsAlone))
    func defaults(_ mapping: SchemaMapping) throws {
        let defaults = try Self.properties(mapping).compactMapValues { $0["default"] }
        #expect(!defaults.isEmpty)
        let json = String(data: try JSONSerialization.data(withJSONObject: defaults, options: [.sortedKeys]), encoding: .utf8)!
        let nested = mapping.path.reversed().reduce(json) { inner, step in step == "[]" ? "[\(inner)]" : "{\"\(step)\": \(inner)}" }
        let call = CallFolder()
        switch mapping.schema {
        case "agent":
            let plain = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"))
            var written = try ScenarioLoader.loadAgent(call.write("agents/written.yaml", CallFolder.agent + "\n" + Self.flowEntry(nested) + "\n"))
            written.file = plain.file
            #expect(written == plain, "\(nested)")
        case "profile":
            let agent = call.path("agents/receptionist.yaml")
            let plain = try ScenarioLoader.loadProfile(call.write("profiles/plain.yaml", "name: p\n"), relativeTo: agent)
            var written = try ScenarioLoader.loadProfile(call.write("profiles/written.yaml", "name: p\n" + Self.flowEntry(nested) + "\n"), relativeTo: agent)
            written.file = plain.file
            #expect(written == plain, "\(nested)")
        default:
            let plain = try ScenarioLoader.loadScenario(call.write("scenarios/plain.yaml", "id: x\nturns: []\n"))
            var written = try ScenarioLoader.loadScenario(call.write("scenarios/written.yaml", "id: x\nturns: []\n" + Self.flowEntry(nested) + "\n"))
            written.file = plain.file
            #expect(written == plain, "\(nested)")
        }
    }

    /// `{"a": {...}}` as a top-level YAML entry `a: {...}`.
    static func flowEntry(_ nested: String) -> String {
        let inner = nested.dropFirst().dropLast()
        let colon = inner.firstIndex(of: ":")!
        return inner[..<colon].replacingOccurrences(of: "\"", with: "") + inner[colon...]
    }

    @Test("the loader accepts each schema bound and refuses just past it", arguments: mappings.filter(\.probeRanges))
    func ranges(_ mapping: SchemaMapping) throws {
        var probed = 0
        for (name, property) in try Self.properties(mapping) {
            let dotted = (mapping.path + [name]).joined(separator: ".")
            guard let type = property["type"] as? String, type == "integer" || type == "number", !Self.crossChecked.contains(dotted) else { continue }
            let step = type == "integer" ? 1.0 : 0.001
            let text = { (x: Double) in type == "integer" ? String(Int(x)) : String(x) }
            if let minimum = (property["minimum"] as? NSNumber)?.doubleValue {
                let below = minimum > 0 && minimum <= step ? minimum / 2 : minimum - step
                #expect(try Self.loads(mapping, name, text(minimum)), "\(dotted) = minimum \(minimum)")
                #expect(try !Self.loads(mapping, name, text(below)), "\(dotted) below minimum \(minimum)")
                probed += 1
            }
            if let maximum = (property["maximum"] as? NSNumber)?.doubleValue {
                #expect(try Self.loads(mapping, name, text(maximum)), "\(dotted) = maximum \(maximum)")
                #expect(try !Self.loads(mapping, name, text(maximum + step)), "\(dotted) above maximum \(maximum)")
                probed += 1
            }
        }
        #expect(probed > 0)
    }

    /// Whether the loader accepts `key: value` inside the mapping.
    static func loads(_ mapping: SchemaMapping, _ key: String, _ value: String) throws -> Bool {
        let call = CallFolder()
        let dotted = (mapping.path + [key]).joined(separator: ".")
        do {
            switch mapping.schema {
            case "agent":
                _ = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"), overrides: [(dotted, value)])
            case "profile":
                _ = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"), overrides: [("latency." + dotted, value)])
            case "judge":
                _ = try ScenarioLoader.loadJudge(call.write("judges/probe.yaml", "judge:\n  baseURL: http://127.0.0.1:1/v1\n  model: m\n  \(key): \(value)\n"))
            default:
                let entry = mapping.path.reversed().reduce("{\(key): \(value)}") { inner, step in "{\(step): \(inner)}" }
                _ = try ScenarioLoader.loadScenario(call.write("scenarios/probe.yaml", "id: x\nturns: []\n" + entry.dropFirst().dropLast() + "\n"))
            }
            return true
        } catch {
            return false
        }
    }
}
