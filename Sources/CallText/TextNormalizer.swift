import Foundation

/// Puts reference and hypothesis text into one canonical word form before they are
/// compared, so "Dr. Patel at 3:30 PM" and "doctor patel at three thirty p m" count as
/// the same words.
///
/// The rules, in order:
/// 1. lower-case; curly quotes become straight;
/// 2. times `3:30` → "three thirty", `3:00` → "three"; "o'clock" is dropped;
/// 3. ISO dates `1985-03-15` → "march fifteenth nineteen eighty five"; digit groups
///    joined by hyphens (phone numbers) → digit by digit;
///    ordinals `15th` → "fifteenth"; four-digit years 1100–2099 → "nineteen eighty five";
///    other digit runs → cardinal words ("312" → "three hundred twelve"); `$20` → "twenty dollars";
///    `50%` → "fifty percent";
/// 4. "a.m."/"am" after a number → "a m", "p.m."/"pm" → "p m" (also glued: "3pm", "3:30pm");
/// 5. titles: dr → doctor, mr → mister, mrs → missus, ms → miz;
/// 6. contractions expand ("i'd" → "i would", "can't" → "cannot", …);
/// 7. "ok" → "okay"; hyphens and slashes split words; other punctuation is dropped;
/// 8. hesitations (um, uh, er, ah, hmm, mm) are dropped.
public enum TextNormalizer {
    /// The canonical words of `text`.
    public static func words(_ text: String) -> [String] {
        var raw = text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "o'clock", with: " ")
        for mark in ["a.m.", "p.m."] {
            raw = raw.replacingOccurrences(of: mark, with: mark == "a.m." ? " am " : " pm ")
        }
        var out: [String] = []
        for token in tokenize(raw) {
            out.append(contentsOf: expand(token, previous: out.last))
        }
        // "am" is "a m" only after a number word ("nine am", never "i am").
        var result: [String] = []
        for word in out {
            if word == "am" || word == "pm", let last = result.last, NumberWords.value(of: last) != nil || last == "o" {
                result.append(contentsOf: [String(word.first!), "m"])
            } else if word == "pm" {
                result.append(contentsOf: ["p", "m"])
            } else {
                result.append(word)
            }
        }
        return result.filter { !hesitations.contains($0) }
    }

    /// The canonical form as one space-separated string.
    public static func normalize(_ text: String) -> String { words(text).joined(separator: " ") }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    static let hesitations: Set<String> = ["um", "uh", "er", "ah", "hmm", "mm", "erm", "uhm"]

    static let titles: [String: String] = ["dr": "doctor", "mr": "mister", "mrs": "missus", "ms": "miz"]

    static let contractions: [String: [String]] = [
        "i'm": ["i", "am"], "i'd": ["i", "would"], "i'll": ["i", "will"], "i've": ["i", "have"],
        "you're": ["you", "are"], "you'd": ["you", "would"], "you'll": ["you", "will"], "you've": ["you", "have"],
        "he's": ["he", "is"], "she's": ["she", "is"], "it's": ["it", "is"], "that's": ["that", "is"],
        "what's": ["what", "is"], "there's": ["there", "is"], "here's": ["here", "is"], "who's": ["who", "is"],
        "where's": ["where", "is"], "how's": ["how", "is"], "let's": ["let", "us"],
        "we're": ["we", "are"], "we'd": ["we", "would"], "we'll": ["we", "will"], "we've": ["we", "have"],
        "they're": ["they", "are"], "they'd": ["they", "would"], "they'll": ["they", "will"], "they've": ["they", "have"],
        "don't": ["do", "not"], "doesn't": ["does", "not"], "didn't": ["did", "not"], "can't": ["cannot"],
        "won't": ["will", "not"], "wouldn't": ["would", "not"], "shouldn't": ["should", "not"],
        "couldn't": ["could", "not"], "isn't": ["is", "not"], "aren't": ["are", "not"], "wasn't": ["was", "not"],
        "weren't": ["were", "not"], "haven't": ["have", "not"], "hasn't": ["has", "not"], "hadn't": ["had", "not"],
        "ok": ["okay"],
    ]

    /// Splits on whitespace, hyphens and slashes; keeps `:`, `.`, `$`, `%` and `'` for the
    /// number and contraction rules, which strip them.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            // Keep hyphens between digits ("555-0100", "1985-03-15") for the number rules.
            if ch == "-", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber {
                current.append(ch)
            } else if ch.isLetter || ch.isNumber || ch == "'" || ch == ":" || ch == "." || ch == "$" || ch == "%" || ch == "," {
                current.append(ch)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func expand(_ token: String, previous: String?) -> [String] {
        var t = token
        // Trailing sentence punctuation; keep inner ':' and '.' for times and decimals.
        while let last = t.last, last == "." || last == "," || last == ":" || last == "'" { t.removeLast() }
        while let first = t.first, first == "'" || first == "." || first == "," { t.removeFirst() }
        if t.isEmpty { return [] }

        // A time glued to its period: "3pm", "10am", "3:30pm".
        for period in ["am", "pm"] where t.hasSuffix(period) && t.count > 2 {
            let head = String(t.dropLast(2))
            if head.first!.isNumber, head.allSatisfy({ $0.isNumber || $0 == ":" }) {
                return expand(head, previous: previous) + [period]
            }
        }
        if let time = spokenTime(t) { return time }
        if t.contains("-") {
            let groups = t.split(separator: "-")
            if groups.count == 3, groups[0].count == 4, let y = Int(groups[0]), let m = Int(groups[1]), let d = Int(groups[2]),
               (1...12).contains(m), (1...31).contains(d) {
                return [months[m - 1]] + NumberWords.ordinal(d) + NumberWords.year(y)
            }
            return t.filter(\.isNumber).map { NumberWords.ones[Int(String($0))!] }
        }
        if t.hasPrefix("$"), let amount = Int(t.dropFirst().replacingOccurrences(of: ",", with: "")) {
            return NumberWords.cardinal(amount) + ["dollars"]
        }
        if t.hasSuffix("%"), let amount = Int(t.dropLast()) { return NumberWords.cardinal(amount) + ["percent"] }
        if let ordinal = spokenOrdinal(t) { return ordinal }
        let plain = t.replacingOccurrences(of: ",", with: "")
        if let n = Int(plain), plain.allSatisfy(\.isNumber) {
            if plain.count == 4, n >= 1100, n < 2100 { return NumberWords.year(n) }
            if plain.count > 1, plain.hasPrefix("0") { return plain.map { NumberWords.cardinal(Int(String($0))!)[0] } }
            return NumberWords.cardinal(n)
        }
        if let decimal = spokenDecimal(plain) { return decimal }
        let word = t.filter { $0.isLetter || $0.isNumber || $0 == "'" }
        if let title = titles[word] { return [title] }
        if let expanded = contractions[word] { return expanded }
        // Letter-dot runs ("e.g", "u.s") and anything else left: drop the punctuation.
        let pieces = t.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
        return pieces.flatMap { piece -> [String] in
            if let title = titles[piece] { return [title] }
            if let expanded = contractions[piece] { return expanded }
            if piece.hasSuffix("'s") || piece.hasSuffix("s'") { return [piece] }
            let bare = piece.filter { $0 != "'" }
            return bare.isEmpty ? [] : [bare]
        }
    }

    /// "3:30" → three thirty, "3:00" → three, "3:05" → three oh five.
    static func spokenTime(_ token: String) -> [String]? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, h < 25, m < 60 else { return nil }
        let hour = NumberWords.cardinal(h)
        if m == 0 { return hour }
        if m < 10 { return hour + ["oh"] + NumberWords.cardinal(m) }
        return hour + NumberWords.cardinal(m)
    }

    /// "15th" → fifteenth, "1st" → first, "22nd" → twenty second.
    static func spokenOrdinal(_ token: String) -> [String]? {
        for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) {
            let digits = token.dropLast(2)
            if !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits) { return NumberWords.ordinal(n) }
        }
        return nil
    }

    /// "2.5" → two point five.
    static func spokenDecimal(_ token: String) -> [String]? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int(parts[0]), !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
        return NumberWords.cardinal(whole) + ["point"] + parts[1].map { NumberWords.ones[Int(String($0))!] }
    }
}
