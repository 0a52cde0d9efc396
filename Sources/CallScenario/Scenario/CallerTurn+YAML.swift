import Foundation

extension CallerTurn {
    /// The keys that name a turn's kind; a turn has exactly one.
    public static let kindKeys = ["say", "audio", "answers", "wait", "backchannel", "dtmf"]
    /// Every key a turn may have.
    public static let keys = kindKeys + ["text", "afterAgentStartMs", "voice", "rate", "reactionMs", "pause", "bargeIn", "hesitation"]
    /// The other keys each kind accepts.
    public static let modifiers: [String: [String]] = [
        "say": ["voice", "rate", "reactionMs", "pause", "bargeIn", "hesitation"],
        "audio": ["text", "reactionMs", "pause", "bargeIn"],
        "answers": ["voice", "rate", "reactionMs", "pause", "hesitation"],
        "wait": [],
        "backchannel": ["afterAgentStartMs", "voice", "rate"],
        "dtmf": ["reactionMs"],
    ]
    /// The keys DTMF digits may use.
    static let dtmfKeys = Set("0123456789*#")

    /// Decodes one item of `turns`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let kinds = mapping.entries.filter { Self.kindKeys.contains($0.key) }
        guard let (name, value) = kinds.first else {
            throw yaml.error("a turn needs one of \(Self.kindKeys.joined(separator: ", "))")
        }
        if kinds.count > 1 {
            throw kinds[1].value.error("a turn has one kind, but this one has both '\(name)' and '\(kinds[1].key)'")
        }
        let allowed = Self.modifiers[name] ?? []
        for (key, modifier) in mapping.entries where key != name && !allowed.contains(key) {
            let accepted = allowed.isEmpty ? "it takes no other keys" : "it takes \(allowed.joined(separator: ", "))"
            throw modifier.error("does not apply to \(name) turns; \(accepted)")
        }
        if value.isNull { throw value.error(name == "dtmf" ? "must not be empty (quote digits that contain # or *)" : "must not be empty") }

        let kind = try Self.kind(name, value, mapping)
        let pause = try mapping.optional("pause", as: Pause.init(yaml:))
        if let pause, let afterWord = pause.afterWord, let pauseValue = mapping.optional("pause") {
            let afterWordValue = try pauseValue.mapping().required("afterWord")
            switch kind {
            case .say(let text):
                let words = text.split(whereSeparator: \.isWhitespace).count
                guard afterWord < words else {
                    throw afterWordValue.error("\(afterWord) is not inside the sentence (it has \(words) words)")
                }
            case .audio:
                throw afterWordValue.error("a recording has no words to count; use atMs")
            default:
                break
            }
        }
        self.init(
            kind: kind,
            voice: try mapping.optional("voice")?.voice(),
            rate: try mapping.optional("rate")?.double(in: 0.5...2),
            reactionMs: try mapping.optional("reactionMs")?.int(in: 0...5000),
            pause: pause,
            bargeIn: try mapping.optional("bargeIn", as: BargeIn.init(yaml:)),
            hesitation: try mapping.optional("hesitation")?.nonEmptyString(),
            line: yaml.line ?? 0)
    }

    private static func kind(_ name: String, _ value: YAMLValue, _ mapping: YAMLMapping) throws(ScenarioError) -> Kind {
        switch name {
        case "say":
            return .say(try value.nonEmptyString())
        case "audio":
            return .audio(path: try value.existingFile(), transcript: try mapping.optional("text")?.nonEmptyString())
        case "answers":
            let answers = try value.stringMapping()
            guard !answers.isEmpty else { throw value.error("needs at least one slot: answer") }
            var out: [String: String] = [:]
            for (slot, answer) in answers {
                guard !answer.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw try value.mapping().required(slot).error("must not be empty")
                }
                out[slot] = answer
            }
            return .answers(out)
        case "wait":
            return .wait(ms: try value.int(in: 0...600_000))
        case "backchannel":
            return .backchannel(try value.nonEmptyString(), afterAgentStartMs: try mapping.optional("afterAgentStartMs")?.int(in: 0...60000) ?? 1500)
        default:
            let digits = try value.nonEmptyString()
            guard digits.allSatisfy({ Self.dtmfKeys.contains($0) }) else { throw value.error("'\(digits)' is not DTMF: use only 0-9, * and #") }
            return .dtmf(digits)
        }
    }
}

extension CallerTurn.Pause {
    /// The keys of `pause`.
    public static let keys = ["afterWord", "atMs", "ms"]

    /// Decodes `pause`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let afterWord = try mapping.optional("afterWord")?.int(in: 1...10000)
        let atMs = try mapping.optional("atMs")?.int(in: 0...600_000)
        if afterWord != nil, let both = mapping.optional("atMs") {
            throw both.error("a pause has either afterWord or atMs, not both")
        }
        if afterWord == nil, atMs == nil {
            throw ScenarioError(file: yaml.file, line: yaml.line, key: "\(yaml.path).afterWord", message: "a pause needs afterWord or atMs")
        }
        self.init(afterWord: afterWord, atMs: atMs, ms: try mapping.required("ms").int(in: 100...30000))
    }
}

extension CallerTurn.BargeIn {
    /// The keys of `bargeIn`.
    public static let keys = ["afterAgentStartMs"]

    /// Decodes `bargeIn`.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        self.init(afterAgentStartMs: try mapping.required("afterAgentStartMs").int(in: 0...60000))
    }
}
