/// Finds which known id ("A-1042", "P-1001") a caller read out: "a one zero four two",
/// "a ten forty two", "appointment one oh four two", "one thousand forty two", "1042",
/// "A-1042", "double oh seven".
///
/// Each run of number words is read every way it can be grouped — digit by digit, in
/// pairs ("ten forty two"), with "hundred" and "thousand", "double X" as XX — and every
/// stretch of the run is tried, so words around the id (a misheard "eight" for the letter
/// "a") do not spoil it. The digits must equal a known id's digits exactly; the longest
/// stretch that matches wins. The letter is optional: when the digits match several
/// known ids, the letter said right before the digits ("a", "p", "bee", "pee" …) picks
/// one; if it cannot, the answer is nil.
public enum IdentifierParser {
    /// An id as an agent reads it out: "A-1003" → "A one zero zero three" (letters as
    /// capitals, digits one by one, punctuation left out).
    public static func spoken(_ id: String) -> String {
        id.compactMap { ch -> String? in
            if ch.isNumber, let digit = Int(String(ch)) { return NumberWords.cardinal(digit)[0] }
            if ch.isLetter { return String(ch).uppercased() }
            return nil
        }.joined(separator: " ")
    }

    /// The known id the text reads out, or nil.
    public static func parse(_ text: String, known: [String]) -> String? {
        let words = SlotWords.words(separatingLettersFromDigits(text))
        let ids = known.map { id -> (id: String, letters: String, digits: String) in
            (id, String(id.lowercased().prefix { $0.isLetter }), id.filter(\.isNumber))
        }
        var bestLength = 0
        var matches: [(id: String, letters: String, letterSaid: String?)] = []
        var start = 0
        while start < words.count {
            guard isNumberWord(words[start]) else { start += 1; continue }
            var end = start
            while end < words.count, isNumberWord(words[end]) { end += 1 }
            for from in start..<end {
                for to in stride(from: end, to: from, by: -1) where to - from >= bestLength {
                    let readings = Self.readings(words[from..<to])
                    let hits = ids.filter { !$0.digits.isEmpty && readings.contains($0.digits) }
                    guard !hits.isEmpty else { continue }
                    let said = from > 0 ? letter(words[from - 1]) : nil
                    if to - from > bestLength { matches.removeAll(); bestLength = to - from }
                    matches += hits.map { ($0.id, $0.letters, said) }
                }
            }
            start = end
        }
        let distinct = Set(matches.map(\.id))
        if distinct.count == 1 { return distinct.first }
        let lettered = Set(matches.filter { $0.letterSaid != nil && $0.letterSaid == $0.letters }.map(\.id))
        return lettered.count == 1 ? lettered.first : nil
    }

    /// "a1042" → "a 1042", so a glued id reads as a letter and a number.
    static func separatingLettersFromDigits(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for ch in text {
            if let p = previous, p.isLetter && ch.isNumber || p.isNumber && ch.isLetter { out.append(" ") }
            out.append(ch)
            previous = ch
        }
        return out
    }

    static func isNumberWord(_ word: String) -> Bool {
        if word == "hundred" || word == "thousand" || word == "double" || word == "o" || word == "oh" { return true }
        if word.allSatisfy(\.isNumber) { return true }
        return NumberWords.ones.contains(word) || NumberWords.tens.dropFirst(2).contains(word)
    }

    static let letterNames: [String: String] = [
        "ay": "a", "eight": "a", "bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "ee": "e", "eff": "f",
        "gee": "g", "aitch": "h", "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "pee": "p", "pea": "p",
        "queue": "q", "are": "r", "ess": "s", "tee": "t", "tea": "t", "vee": "v", "ex": "x", "zee": "z", "zed": "z",
    ]

    /// The letter a word names, if it is a single letter or a letter's name.
    static func letter(_ word: String) -> String? {
        if word.count == 1, word.first!.isLetter { return word }
        return letterNames[word]
    }

    /// Every digit string the number words can be read as.
    static func readings(_ words: ArraySlice<String>) -> Set<String> {
        var memo: [Int: Set<String>] = [:]
        func from(_ i: Int) -> Set<String> {
            if i == words.endIndex { return [""] }
            if let known = memo[i] { return known }
            var results = Set<String>()
            for (digits, used) in groups(words, at: i) {
                for rest in from(i + used) where results.count < 256 { results.insert(digits + rest) }
            }
            memo[i] = results
            return results
        }
        return from(words.startIndex)
    }

    /// The ways the number words at `i` can start: (digits, words used).
    static func groups(_ words: ArraySlice<String>, at i: Int) -> [(String, Int)] {
        guard i < words.endIndex else { return [] }
        let word = words[i]
        var out: [(String, Int)] = []
        func value(_ index: Int) -> Int? {
            guard index < words.endIndex else { return nil }
            let w = words[index]
            if w == "oh" || w == "o" { return 0 }
            if let n = Int(w), w.allSatisfy(\.isNumber) { return n }
            if let n = NumberWords.ones.firstIndex(of: w) { return n }
            if let n = NumberWords.tens.firstIndex(of: w), n >= 2 { return n * 10 }
            return nil
        }
        if word.allSatisfy(\.isNumber) { return [(word, 1)] }
        if word == "double" {
            if let d = value(i + 1), d < 10 { out.append(("\(d)\(d)", 2)) }
            return out
        }
        guard let v = value(i) else { return [] }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        // A small number and what "hundred"/"thousand" make of it.
        var smalls: [(Int, Int)] = [(v, 1)]
        if v >= 20, let ones = value(i + 1), ones > 0, ones < 10, words[i + 1] != "oh", words[i + 1] != "o" { smalls.append((v + ones, 2)) }
        for (n, used) in smalls {
            out.append((String(n), used))
            let next = i + used
            if next < words.endIndex, words[next] == "hundred", n > 0, n < 100 {
                out.append((String(n) + "00", used + 1))
                for (tail, tailUsed) in groups(words, at: next + 1) {
                    if let t = Int(tail), t < 100, tail.count == (t < 10 ? 1 : 2) { out.append((String(n) + two(t), used + 1 + tailUsed)) }
                }
            }
            if next < words.endIndex, words[next] == "thousand", n > 0, n < 100 {
                out.append((String(n) + "000", used + 1))
                for (tail, tailUsed) in groups(words, at: next + 1) {
                    if let t = Int(tail), t < 1000, tail.first != "0" || tail == "0" {
                        let padded = String(repeating: "0", count: 3 - String(t).count) + String(t)
                        out.append((String(n) + padded, used + 1 + tailUsed))
                    }
                }
            }
        }
        return out
    }
}
