/// Which slot a reply asks the caller for, read from its last question, so callers with
/// scripted answers (`answers: {date: …}`) can answer a model the way they answer a flow.
public enum AskedSlot {
    /// Phrases that mark a question for each slot, tried in this order.
    static let cues: [(slot: String, phrases: [String])] = [
        ("date_of_birth", ["date of birth", "birth date", "birthdate", "birthday", "were you born", "born on"]),
        ("patient_name", ["your name", "full name", "patient's name", "name of the patient", "who am i speaking", "who is the appointment for", "spell your"]),
        ("appointment_id", ["appointment id", "appointment number", "reference number", "confirmation number"]),
        ("date", ["which day", "what day", "what date", "which date", "day would", "day works", "when would you like", "when would be"]),
        ("time", ["what time", "which time", "time would", "time works", "time suits", "morning or afternoon", "what hour"]),
        ("doctor", ["which doctor", "what doctor", "who would you like to see", "which specialist"]),
        ("confirmation", ["shall i", "should i", "would you like me to", "do you want me to", "confirm", "is that correct",
                          "is that right", "does that work", "would that work", "is that okay", "is that ok"]),
    ]

    /// The slot the last question in `text` asks for, nil when it asks none of them.
    public static func infer(from text: String) -> String? {
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
