/// Which slot a reply asks the caller for, read from its last question, so callers with
/// scripted answers (`answers: {date: …}`) can answer a model the way they answer a flow.
/// The cues are the domain's (`AgentDomain.questionCues`).
public enum AskedSlot {
    /// A slot and the phrases that mark a question for it.
    public struct Cue: Sendable, Equatable {
        /// The slot's name.
        public var slot: String
        /// Phrases of a question for it, lower case.
        public var phrases: [String]

        /// Creates a cue.
        public init(slot: String, phrases: [String]) {
            self.slot = slot
            self.phrases = phrases
        }
    }

    /// The slot the last question in `text` asks for (the first cue with a phrase in it),
    /// nil when it asks none of them.
    public static func infer(from text: String, cues: [Cue]) -> String? {
        guard let question = lastQuestion(in: text)?.lowercased() else { return nil }
        let normalized = question.replacingOccurrences(of: "’", with: "'")
        return cues.first { cue in cue.phrases.contains { normalized.contains($0) } }?.slot
    }

    /// The last sentence ending in a question mark.
    static func lastQuestion(in text: String) -> String? {
        guard let mark = text.lastIndex(of: "?") else { return nil }
        let before = text[..<mark]
        let start = before.lastIndex { ".!?\n".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
        return String(text[start...mark]).trimmingCharacters(in: .whitespaces)
    }
}
