import Foundation

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
        var words: [String] = []
        for word in normalized(text) {
            let bare = word.hasSuffix("'s") && word.count > 2 ? String(word.dropLast(2)) : word
            if let last = words.last, let joined = joins[last + " " + bare] {
                words[words.count - 1] = joined
            } else {
                words.append(bare)
            }
        }
        return words
    }

    /// `TextNormalizer.words`, after keeping "o'clock"; plain recognizer output (lower-case
    /// letters and spaces, no word the normalizer rewrites) is only split.
    static func normalized(_ text: String) -> [String] {
        let lower = text.lowercased()
        if lower.utf8.allSatisfy({ (97...122).contains($0) || $0 == 32 }) {
            let plain = lower.split(separator: " ").map(String.init)
            let rewritten = plain.contains {
                TextNormalizer.titles[$0] != nil || TextNormalizer.contractions[$0] != nil
                    || TextNormalizer.hesitations.contains($0) || $0 == "am" || $0 == "pm"
            }
            if !rewritten { return plain }
        }
        var raw = lower.replacingOccurrences(of: "\u{2019}", with: "'")
        for form in ["o'clock", "o' clock", "o'-clock"] {
            raw = raw.replacingOccurrences(of: form, with: " oclock ")
        }
        return TextNormalizer.words(raw)
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
