/// The words the slot parsers read: `TextNormalizer.words` plus repairs for what a
/// speech recognizer does to spoken slots.
///
/// - "o'clock" survives as the word "oclock" (the normalizer drops it; the time parser
///   uses it), and a recognizer's "o clock" becomes "oclock" too;
/// - words the recognizer split are joined again: "to morrow", "after noon", "mid day",
///   "mid night", "o k";
/// - a possessive "'s" is dropped ("patel's" → "patel").
enum SlotWords {
    static func words(_ text: String) -> [String] {
        var raw = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        for form in ["o'clock", "o' clock", "o'-clock"] {
            raw = raw.replacingOccurrences(of: form, with: " oclock ")
        }
        var words: [String] = []
        for word in TextNormalizer.words(raw) {
            let bare = word.hasSuffix("'s") && word.count > 2 ? String(word.dropLast(2)) : word
            if let last = words.last, let joined = joins[last + " " + bare] {
                words[words.count - 1] = joined
            } else {
                words.append(bare)
            }
        }
        return words
    }

    static let joins: [String: String] = [
        "to morrow": "tomorrow", "after noon": "afternoon", "mid day": "midday", "mid night": "midnight",
        "o clock": "oclock", "o k": "okay", "good bye": "goodbye",
    ]

    /// Whether `words` has `phrase` starting at `index`.
    static func has(_ phrase: [String], in words: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset] != word { return false }
        return true
    }
}
