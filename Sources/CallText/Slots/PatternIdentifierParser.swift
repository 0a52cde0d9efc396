/// Reads an identifier of a known shape (an `IdentifierPattern` such as "W-####") from
/// recognizer text, when the ids are too many to list: "w one zero zero one",
/// "double-u ten oh one", "dub ten zero one", "double you one thousand one", "whiskey
/// one zero zero one", "w1001", "W-1001" all give "W-1001".
///
/// Forms understood:
/// - letters: the letter ("w"), its name ("bee", "see", "dee", "double u", "double
///   you", "dub", "dubya", "zee", "zed", "aitch", "why" … and spellings such as "be",
///   "sea", "tea", "you", "are"), its NATO word ("alpha", "whiskey", "x ray"), "double
///   a" and "triple a" for repeated letters, "eight" for the letter a (a common
///   mishearing), and "w as in william";
/// - digits as `IdentifierParser` reads them: one by one ("one zero zero one", "oh"
///   and "o" for 0), in pairs ("ten oh one", "ten forty two"), with "hundred" and
///   "thousand" ("one thousand one"), "double five", "triple seven", written digits,
///   and after the first word the recognizer's "won", "to", "too", "for", "fore", "ate";
/// - spoken separators ("dash", "hyphen", "slash", "dot", "point", "period", "space")
///   and "capital" anywhere after the first word are skipped.
///
/// Every way of reading the words is tried against the pattern, so the pattern decides
/// between readings ("double u" is W where a letter is due, "ten oh one" is 1001 where
/// four digits are). A match must use whole runs of number words: a stretch that starts
/// (or ends) with a digit right after (or before) another number word is refused, so
/// "eight one two three four" against "####" is nil rather than a guess at four of the
/// five digits. When several stretches match, the one ending last wins (a correction
/// comes last), the longest of those; two different ids from the same words are
/// ambiguous and give nil.
public enum PatternIdentifierParser {
    /// The id in `text` that fits `pattern`, in canonical form, or nil.
    public static func parse(_ text: String, pattern: IdentifierPattern) -> String? {
        let words = SpokenTokens.words(text)
        let slots = pattern.slots
        var memo: [Int: [Completion]] = [:]
        var best: (end: Int, start: Int, ids: Set<String>)?
        for start in words.indices {
            if isDigitSlot(slots[0]), start > 0, IdentifierParser.isNumberWord(words[start - 1]) { continue }
            for completion in completions(words, at: start, slot: 0, slots: slots, memo: &memo) {
                if isDigitSlot(slots[slots.count - 1]), completion.end < words.count,
                   IdentifierParser.isNumberWord(words[completion.end]) { continue }
                let id = pattern.canonical(completion.symbols)
                if let b = best, (completion.end, -start) < (b.end, -b.start) { continue }
                if let b = best, b.end == completion.end, b.start == start {
                    best?.ids.insert(id)
                } else {
                    best = (completion.end, start, [id])
                }
            }
        }
        guard let best, best.ids.count == 1 else { return nil }
        return best.ids.first
    }

    /// The id in `text` that fits the pattern written as `pattern`; nil also when that
    /// is no valid pattern.
    public static func parse(_ text: String, pattern: String) -> String? {
        IdentifierPattern(pattern).flatMap { parse(text, pattern: $0) }
    }

    /// An id as an agent reads it out: "W-1001" → "W one zero zero one" (as
    /// `IdentifierParser.spoken`).
    public static func spoken(_ id: String) -> String { IdentifierParser.spoken(id) }

    /// A way to say the rest of the slots from a word on: where it ends and what it said.
    struct Completion: Hashable {
        var end: Int
        var symbols: [Character]
    }

    static let separators: Set<String> = ["dash", "hyphen", "slash", "dot", "point", "period", "space", "capital"]
    static let maxCompletions = 64

    static func isDigitSlot(_ element: IdentifierPattern.Element) -> Bool {
        switch element {
        case .digit: true
        case .literal(let ch): ch.isNumber
        default: false
        }
    }

    /// Every way words from `i` on can say slots `k...`.
    static func completions(_ words: [String], at i: Int, slot k: Int, slots: [IdentifierPattern.Element],
                            memo: inout [Int: [Completion]]) -> [Completion] {
        if k == slots.count { return [Completion(end: i, symbols: [])] }
        guard i < words.count else { return [] }
        let key = i * (slots.count + 1) + k
        if let known = memo[key] { return known }
        var out: [Completion] = []
        var seen = Set<Completion>()
        if k > 0, separators.contains(words[i]) {
            for c in completions(words, at: i + 1, slot: k, slots: slots, memo: &memo) where seen.insert(c).inserted { out.append(c) }
        }
        for (symbols, used) in units(words, at: i, expecting: slots[k], first: k == 0) {
            guard k + symbols.count <= slots.count,
                  zip(symbols, slots[k...]).allSatisfy({ IdentifierPattern.fits($0, $1) }) else { continue }
            for rest in completions(words, at: i + used, slot: k + symbols.count, slots: slots, memo: &memo) {
                let c = Completion(end: rest.end, symbols: symbols + rest.symbols)
                if out.count < maxCompletions, seen.insert(c).inserted { out.append(c) }
            }
        }
        memo[key] = out
        return out
    }

    /// The ways the words at `i` can start: (lower-case letters or digits, words used).
    static func units(_ words: [String], at i: Int, expecting slot: IdentifierPattern.Element, first: Bool) -> [([Character], Int)] {
        var out: [([Character], Int)] = []
        if isDigitSlot(slot) {
            if words[i] == "triple", i + 1 < words.count, let d = PhoneParser.digit(words[i + 1]) {
                out.append((Array(repeating: Character(String(d)), count: 3), 2))
            }
            for (digits, used) in IdentifierParser.groups(words[...], at: i) { out.append((Array(digits), used)) }
            if !first, let digit = PhoneParser.homophones[words[i]] { out.append((Array(digit), 1)) }
        } else {
            for (letter, used) in SpokenLetters.letters(words, at: i) { out.append(([letter], used)) }
            if words[i] == "eight" { out.append((["a"], 1)) }
            if words[i] == "double" || words[i] == "triple", i + 1 < words.count {
                let n = words[i] == "double" ? 2 : 3
                for (letter, used) in SpokenLetters.letters(words, at: i + 1) {
                    out.append((Array(repeating: letter, count: n), used + 1))
                }
            }
        }
        return out
    }
}
