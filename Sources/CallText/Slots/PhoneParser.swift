/// Reads a phone number from recognizer text: its digits, "+" first when the caller
/// said "plus" ("5551234567", "+15551234567").
///
/// Forms understood, in any grouping and mix:
/// - digit by digit: "five five five one two three four five six seven"; "oh", "o",
///   "zero" and "nought" are 0;
/// - "double five" (55), "triple seven" (777), "double oh" (00);
/// - pairs and hundreds: "twelve thirty four" (1234), "fifty six seventy" (5670),
///   "eight hundred" (800), "twelve hundred" (1200), "two thousand" (2000);
/// - written digits: "555-123-4567", "(555) 123 4567", "555.123.4567", "+1 555 123 4567";
/// - "plus" right before the first digit: "plus one five five five …" → "+1555…";
/// - "dash" or "hyphen" between groups; the recognizer's "for", "fore", "to", "too",
///   "won" and "ate" count as 4, 2, 1 and 8 between two digit words ("one two three for
///   five"), never at either end.
///
/// A number is a run of those words with nothing else between them (fillers such as
/// "um" and "uh" are dropped first), and it must be plausible: 7 to 15 digits (the
/// E.164 maximum), at least three of them said singly (a digit word, "double"/"triple"
/// or written digits — "nineteen eighty five twenty twenty four" is years, not a
/// phone number), and not "hundred" and "thousand" together ("one thousand two hundred"
/// is a cardinal). Anything else is nil; a run of 3–6 digits ("nine one one", an
/// extension after "extension") is never a phone number. When the text holds several
/// numbers, the last plausible one wins (a correction repeats the whole number).
public enum PhoneParser {
    /// The phone number in `text`, or nil.
    public static func parse(_ text: String) -> String? {
        let words = SpokenTokens.words(text)
        var found: String?
        var i = 0
        while i < words.count {
            if let run = run(words, at: i) {
                if let number = run.number { found = number }
                i = max(run.end, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    static let homophones: [String: String] = ["for": "4", "fore": "4", "to": "2", "too": "2", "won": "1", "ate": "8"]
    static let glue: Set<String> = ["dash", "hyphen"]

    /// A digit word's value: "zero" … "nine", "oh", "o", "nought".
    static func digit(_ word: String) -> Int? {
        switch word {
        case "oh", "o", "nought", "zero": return 0
        default:
            guard let v = CardinalReading.basic(word), v < 10 else { return nil }
            return v
        }
    }

    /// The run of phone words at `i`: its end, and its number if it is plausible.
    static func run(_ words: [String], at i: Int) -> (end: Int, number: String?)? {
        var j = i
        let plus = words[j] == "plus"
        if plus { j += 1 }
        var digits = "", singles = 0, hundred = false, thousand = false
        while j < words.count {
            if let group = group(words, at: j) {
                digits += group.digits
                singles += group.singles
                hundred = hundred || group.hundred
                thousand = thousand || group.thousand
                j += group.used
            } else if !digits.isEmpty, glue.contains(words[j]) || homophones[words[j]] != nil,
                      j + 1 < words.count, group(words, at: j + 1) != nil {
                if let d = homophones[words[j]] { digits += d; singles += 1 }
                j += 1
            } else {
                break
            }
        }
        guard !digits.isEmpty else { return nil }
        let plausible = (7...15).contains(digits.count) && singles >= 3 && !(hundred && thousand)
        return (j, plausible ? (plus ? "+" : "") + digits : nil)
    }

    /// The digits one group of words says at `i`.
    static func group(_ words: [String], at i: Int) -> (digits: String, used: Int, singles: Int, hundred: Bool, thousand: Bool)? {
        let word = words[i]
        if !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return (word, 1, word.count, false, false) }
        if word == "double" || word == "triple", i + 1 < words.count, let d = digit(words[i + 1]) {
            let n = word == "double" ? 2 : 3
            return (String(repeating: String(d), count: n), 2, n, false, false)
        }
        var value: Int, used = 1, singles = 0
        if let d = digit(word) {
            value = d
            singles = 1
        } else if let v = CardinalReading.basic(word) {
            value = v
            if v >= 20, v % 10 == 0, i + 1 < words.count, let d = digit(words[i + 1]), d > 0, words[i + 1] != "oh", words[i + 1] != "o" {
                value += d
                used = 2
            }
        } else {
            return nil
        }
        let next = i + used
        if next < words.count, value > 0, words[next] == "hundred" {
            return (String(value) + "00", used + 1, 0, true, false)
        }
        if next < words.count, value > 0, value < 10, words[next] == "thousand" {
            return (String(value) + "000", used + 1, 0, false, true)
        }
        return (String(value), used, singles, false, false)
    }
}
