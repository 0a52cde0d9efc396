/// Reads a yes or a no from a caller's answer to a yes/no question.
///
/// Phrases are matched left to right, longest first:
/// - yes: "yes", "yeah", "yep", "yup", "ya", "sure", "correct", "right", "okay", "alright",
///   "all right", "absolutely", "definitely", "certainly", "exactly", "perfect", "great",
///   "fine", "good", "please do", "go ahead", "of course", "sounds good", "that works",
///   "affirmative", and idioms that contain a negation but mean yes: "no problem",
///   "no worries", "not a problem", "why not", "do not mind";
/// - no: "no", "nope", "nah", "wrong", "incorrect", "negative", "not really", "do not",
///   "never mind", "cancel that", "cancel it", "absolutely not", "of course not", "rather
///   not" (and the like), and any yes word within two words after
///   "not" or "never" ("that is not right", "not quite correct");
/// - a command to drop something ("cancel it", "cancel that") is a no, except as the
///   answer to a `question` that asks to do just that ("Do you want me to cancel it?"
///   — "Yes, please cancel it"), where it is a yes;
/// - unsure: "maybe", "perhaps", "not sure", "do not know", "i guess" make the answer nil.
/// The answer is true with only yes phrases, false with only no phrases, and nil when
/// there are neither, both (contradictory: "yes no", "yeah that is wrong") or an unsure one.
public enum YesNo {
    /// true for yes, false for no, nil when unclear or contradictory; `question` is what
    /// the answer replies to, when known.
    public static func classify(_ text: String, question: String? = nil) -> Bool? {
        let words = SlotWords.words(text)
        let asked = Set(question.map(SlotWords.words) ?? [])
        var yes = 0, no = 0
        var negatedUntil = -1
        var i = 0
        scan: while i < words.count {
            for phrase in unsure where SlotWords.has(phrase, in: words, at: i) { return nil }
            for phrase in yesIdioms where SlotWords.has(phrase, in: words, at: i) {
                yes += 1
                i += phrase.count
                continue scan
            }
            for phrase in commands where SlotWords.has(phrase, in: words, at: i) {
                if asked.contains(phrase[0]) && i > negatedUntil { yes += 1 } else { no += 1 }
                i += phrase.count
                continue scan
            }
            for phrase in noPhrases where SlotWords.has(phrase, in: words, at: i) {
                no += 1
                i += phrase.count
                // "do not cancel it": the command after it is negated too.
                if phrase == ["do", "not"] { negatedUntil = i }
                continue scan
            }
            if words[i] == "not" || words[i] == "never" {
                negatedUntil = i + 2
                i += 1
                continue
            }
            for phrase in yesPhrases where SlotWords.has(phrase, in: words, at: i) {
                if i <= negatedUntil { no += 1 } else { yes += 1 }
                i += phrase.count
                continue scan
            }
            i += 1
        }
        switch (yes > 0, no > 0) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }

    static let unsure: [[String]] = [["maybe"], ["perhaps"], ["not", "sure"], ["do", "not", "know"], ["i", "guess"], ["unsure"]]

    static let yesIdioms: [[String]] = [
        ["no", "problem"], ["no", "worries"], ["not", "a", "problem"], ["why", "not"], ["do", "not", "mind"],
    ]

    static let noPhrases: [[String]] = [
        ["absolutely", "not"], ["definitely", "not"], ["certainly", "not"], ["of", "course", "not"], ["rather", "not"],
        ["probably", "not"], ["not", "really"], ["do", "not"], ["never", "mind"],
        ["no"], ["nope"], ["nah"], ["wrong"], ["incorrect"], ["negative"],
    ]

    /// Commands to drop something: a no, unless the question asks for that very action.
    static let commands: [[String]] = [["cancel", "that"], ["cancel", "it"]]

    static let yesPhrases: [[String]] = [
        ["please", "do"], ["go", "ahead"], ["of", "course"], ["sounds", "good"], ["that", "works"], ["all", "right"],
        ["yes"], ["yeah"], ["yep"], ["yup"], ["yea"], ["ya"], ["sure"], ["correct"], ["right"], ["okay"], ["alright"],
        ["absolutely"], ["definitely"], ["certainly"], ["exactly"], ["perfect"], ["great"], ["fine"], ["good"],
        ["affirmative"],
    ]
}
