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
/// - unsure: "maybe", "perhaps", "not sure", "do not know", "i guess" make the answer nil.
/// The answer is true with only yes phrases, false with only no phrases, and nil when
/// there are neither, both (contradictory: "yes no", "yeah that is wrong") or an unsure one.
public enum YesNo {
    /// true for yes, false for no, nil when unclear or contradictory.
    public static func classify(_ text: String) -> Bool? {
        let words = SlotWords.words(text)
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
            for phrase in noPhrases where SlotWords.has(phrase, in: words, at: i) {
                no += 1
                i += phrase.count
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
        ["probably", "not"], ["not", "really"], ["do", "not"], ["never", "mind"], ["cancel", "that"], ["cancel", "it"],
        ["no"], ["nope"], ["nah"], ["wrong"], ["incorrect"], ["negative"],
    ]

    static let yesPhrases: [[String]] = [
        ["please", "do"], ["go", "ahead"], ["of", "course"], ["sounds", "good"], ["that", "works"], ["all", "right"],
        ["yes"], ["yeah"], ["yep"], ["yup"], ["yea"], ["ya"], ["sure"], ["correct"], ["right"], ["okay"], ["alright"],
        ["absolutely"], ["definitely"], ["certainly"], ["exactly"], ["perfect"], ["great"], ["fine"], ["good"],
        ["affirmative"],
    ]
}
