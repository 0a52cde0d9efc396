import CallText

/// The emergency guardrail's state across caller turns: a pure state machine that reads
/// each finished transcript before the brain does and says what the agent does with it.
///
/// A turn that names a multi-word emergency phrase ("chest pain", "can't breathe") or
/// two different phrases is an emergency at once. A turn whose only cue is one single
/// word ("overdose", "stroke") is what a recognizer inserts from background talk, so
/// when the agent's `guardrails.emergency.confirm` question is set the agent asks it
/// first: a yes, another cue or a second unclear answer is an emergency (the safe side);
/// a no resumes the call where it was. Without a `confirm` question every cue is an
/// emergency at once.
public struct EmergencyGuard: Sendable {
    /// What the agent does with one finished caller turn.
    public enum Action: Equatable, Sendable {
        /// Not about an emergency: the brain answers it.
        case pass
        /// An emergency: say the guardrail's message (and hand off).
        case emergency
        /// Ask this question before deciding.
        case ask(String)
        /// It was not an emergency: repeat what the agent said before the question.
        case resume
    }

    let config: EmergencyConfig
    /// How often the confirmation was asked for the current cue (0: none pending).
    private(set) var asked = 0

    /// A guard for `config`.
    public init(_ config: EmergencyConfig) {
        self.config = config
    }

    /// Whether a confirmation question is waiting for its answer.
    public var isAsking: Bool { asked > 0 }

    /// Reads `transcript`, one finished caller turn.
    public mutating func read(_ transcript: String) -> Action {
        let cues = Self.cues(in: transcript, phrases: config.phrases)
        guard let question = config.confirm else { return cues.isEmpty ? .pass : .emergency }
        if asked > 0 {
            if !cues.isEmpty { return emergency() }
            switch YesNo.classify(transcript, question: question) {
            case true?: return emergency()
            case false?:
                asked = 0
                return .resume
            case nil:
                if asked >= 2 { return emergency() }
                asked += 1
                return .ask("Please say yes or no. \(question)")
            }
        }
        if cues.isEmpty { return .pass }
        if cues.count > 1 || cues.contains(where: { $0.count > 1 }) { return .emergency }
        asked = 1
        return .ask(question)
    }

    private mutating func emergency() -> Action {
        asked = 0
        return .emergency
    }

    /// The phrases of `phrases` that `text` contains, as normalized words.
    static func cues(in text: String, phrases: [String]) -> [[String]] {
        let words = " " + TextNormalizer.words(text).joined(separator: " ") + " "
        var found: [[String]] = []
        for phrase in phrases {
            let p = TextNormalizer.words(phrase)
            if !p.isEmpty, words.contains(" \(p.joined(separator: " ")) "), !found.contains(p) { found.append(p) }
        }
        return found
    }
}
