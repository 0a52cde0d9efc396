import CallScenario
import Foundation

/// One axis of a sweep: a scenario or agent parameter and the values it takes.
///
/// A name is a dotted scenario key (`caller.voice`, `line.jitterMs`, `noise.0.snrDb`),
/// `agent.KEY` for an agent or latency-profile value (like `--set KEY=…`), or one of
/// the aliases:
/// - `voice`: `caller.voice` (`flite/slt`, `espeak/en-gb-scotland`, …);
/// - `rate`: `caller.rate`, the caller's speaking rate;
/// - `snr`: `snrDb` of every noise of the scenario; a scenario without noise gets
///   babble at that SNR;
/// - `noise`: `type` of every noise of the scenario (white, pink, brown, hum, babble,
///   street); a scenario without noise gets that noise at 10 dB SNR;
/// - `loss`: Bernoulli packet loss in percent (replacing the scenario's loss model);
/// - `jitter`: `line.jitterMs`;
/// - `codec`: `line.codec` (`mulaw`, `pcm16` or `opus`);
/// - `persona`: the caller's persona preset (`impatient`, `elderly`, …); a scenario whose
///   persona is a mapping keeps its own values on top of each preset.
public struct SweepAxis: Sendable, Equatable {
    /// The name as given.
    public let name: String
    /// The values, in the order given.
    public let values: [String]

    /// The aliases and what each sets.
    public static let aliases: KeyValuePairs<String, String> = [
        "voice": "caller.voice", "rate": "caller.rate", "snr": "noise snrDb (babble added when the scenario has no noise)",
        "noise": "noise type (at 10 dB SNR when the scenario has no noise)", "loss": "line.loss: Bernoulli, percent",
        "jitter": "line.jitterMs", "codec": "line.codec",
        "persona": "caller.persona preset (the scenario's own persona values kept on top)",
    ]

    /// Names whose values must be persona presets.
    static let personaNames: Set<String> = ["persona", "caller.persona", "caller.persona.preset"]

    /// An axis; the name must be an alias, `agent.KEY` or a dotted scenario key, and the
    /// values must be distinct and not empty.
    public init(name: String, values: [String]) throws(SweepError) {
        let spec = "\(name)=\(values.joined(separator: ","))"
        guard !name.isEmpty else { throw .badAxis(spec, "expected NAME=V1,V2,…") }
        let isAlias = Self.aliases.contains { $0.key == name }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard isAlias || (parts.count >= 2 && parts.allSatisfy { !$0.isEmpty }) else {
            let names = Self.aliases.map(\.key).joined(separator: ", ")
            throw .badAxis(spec, "unknown axis '\(name)': use one of \(names), agent.KEY, or a dotted scenario key such as caller.voice or noise.0.snrDb")
        }
        guard !name.hasPrefix("agent.") || parts.count >= 2 else { throw .badAxis(spec, "agent. needs a KEY") }
        guard !values.isEmpty, values.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .badAxis(spec, "every value must be non-empty")
        }
        guard Set(values).count == values.count else { throw .badAxis(spec, "a value is repeated") }
        if name == "loss" {
            for value in values where Double(value).map({ !(0...100).contains($0) }) ?? true {
                throw .badAxis(spec, "'\(value)' is not a loss percentage (0–100)")
            }
        }
        if Self.personaNames.contains(name) {
            for value in values {
                if let problem = CallerPersona.unknownPresetMessage(value) { throw .badAxis(spec, problem) }
            }
        }
        self.name = name
        self.values = values
    }

    /// Parses `NAME=V1,V2,…`.
    public init(parsing text: String) throws(SweepError) {
        guard let eq = text.firstIndex(of: "=") else { throw .badAxis(text, "expected NAME=V1,V2,…") }
        try self.init(name: String(text[..<eq]),
                      values: text[text.index(after: eq)...].split(separator: ",", omittingEmptySubsequences: false)
                          .map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// The agent key it changes, for `agent.KEY` axes.
    public var agentKey: String? { name.hasPrefix("agent.") ? String(name.dropFirst("agent.".count)) : nil }

    /// What the axis sets, in words, for the report.
    public var sets: String {
        if let agentKey { return "agent \(agentKey)" }
        return Self.aliases.first { $0.key == name }?.value ?? name
    }

    /// The scenario document with this axis at `value`. `document` is a scenario as read
    /// from its file, with earlier axes already applied.
    func apply(_ value: String, to document: YAMLValue) throws(ScenarioError) -> YAMLValue {
        guard agentKey == nil else { return document }
        switch name {
        case "voice": return try document.setting("caller.voice", to: value)
        case "rate": return try document.setting("caller.rate", to: value)
        case "jitter": return try document.setting("line.jitterMs", to: value)
        case "codec": return try document.setting("line.codec", to: value)
        case "persona":
            let persona = (try? document.mapping())?.optional("caller").flatMap { try? $0.mapping() }?.optional("persona")
            if let persona, (try? persona.mapping()) != nil { return try document.setting("caller.persona.preset", to: value) }
            return try document.setting("caller.persona", to: value)
        case "loss":
            let rate = (Double(value) ?? 0) / 100
            return try document.setting("line.loss", to: "").setting("line.loss.model", to: "bernoulli")
                .setting("line.loss.rate", to: String(format: "%.6g", rate))
        case "snr": return try Self.everyNoise(document, key: "snrDb", to: value, orAdd: [("type", "babble"), ("snrDb", value)])
        case "noise": return try Self.everyNoise(document, key: "type", to: value, orAdd: [("type", value), ("snrDb", "10")])
        default: return try document.setting(name, to: value)
        }
    }

    /// Sets `key` of every noise of the scenario (a single mapping or a list), or adds a
    /// noise with the `orAdd` values when there is none.
    private static func everyNoise(_ document: YAMLValue, key: String, to value: String, orAdd: [(String, String)]) throws(ScenarioError) -> YAMLValue {
        let noise = (try? document.mapping())?.optional("noise")
        if let noise, !noise.isNull {
            if let items = try? noise.list() {
                var out = document
                for index in items.indices { out = try out.setting("noise.\(index).\(key)", to: value) }
                return out
            }
            return try document.setting("noise.\(key)", to: value)
        }
        var out = try document.setting("noise", to: "")
        for (key, value) in orAdd { out = try out.setting("noise.\(key)", to: value) }
        return out
    }
}
