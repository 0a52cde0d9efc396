/// A sound-alike key for an English word: a simplified Metaphone that also merges voiced
/// and voiceless consonant pairs (b/p, d/t, g/k, v/f, z/s), because a phone-line
/// recognizer confuses exactly those ("battle" for "patel").
///
/// Rules, left to right over the letters (other characters are ignored):
/// - a leading vowel is `A`; other vowels and h, w, y are dropped;
/// - silent starts: kn, gn, pn, wr, ps drop their first letter; a leading x is `S`;
/// - ph → F, th → 0 (theta), sh, ch, tch, sio, sia, tio, tia → X, ck → K, gh → silent
///   (K at the start), dge/dgi/dgy → J, c before e/i/y → S, g before e/i/y → J,
///   sc before e/i/y → S, final mb → M, q → K, x → KS;
/// - b → P, d → T, g → K, v → F, z → S, j → J; the other consonants are themselves;
/// - the same code twice in a row, with no vowel between, is written once ("tt" → T).
public enum PhoneticKey {
    /// The key of `word` ("patel" → "PTL", "johnson" → "JNSN").
    public static func key(_ word: String) -> String {
        var letters = Array(word.lowercased().filter { $0.isASCII && $0.isLetter })
        guard !letters.isEmpty else { return "" }
        var codes: [Character] = []
        var i = 0
        if letters.count > 1, ["kn", "gn", "pn", "wr", "ps"].contains(String(letters[0...1])) {
            i = 1
        } else if letters[0] == "x" {
            letters[0] = "s"
        }
        if "aeiou".contains(letters[i]) { codes.append("A") }

        func at(_ offset: Int) -> Character? {
            let index = i + offset
            return index >= 0 && index < letters.count ? letters[index] : nil
        }
        func frontVowel(_ offset: Int) -> Bool { at(offset).map { "eiy".contains($0) } ?? false }

        var previous: Character?
        while i < letters.count {
            let letter = letters[i]
            var advance = 1
            var code: String?
            switch letter {
            case "a", "e", "i", "o", "u", "h", "w", "y":
                code = nil
            case "b":
                code = at(-1) == "m" && i == letters.count - 1 ? nil : "P"
            case "c":
                if at(1) == "h" { code = "X"; advance = 2 }
                else if at(1) == "k" { code = "K"; advance = 2 }
                else if frontVowel(1) { code = at(-1) == "s" ? nil : "S" }
                else { code = "K" }
            case "d":
                if at(1) == "g", frontVowel(2) { code = "J"; advance = 3 } else { code = "T" }
            case "g":
                if at(1) == "h" { code = i == 0 ? "K" : nil; advance = 2 }
                else if at(1) == "n", i + 2 == letters.count { code = nil }
                else if frontVowel(1) { code = "J" }
                else { code = "K" }
            case "j": code = "J"
            case "p":
                if at(1) == "h" { code = "F"; advance = 2 } else { code = "P" }
            case "q": code = "K"
            case "s":
                if at(1) == "h" { code = "X"; advance = 2 }
                else if at(1) == "i", at(2) == "o" || at(2) == "a" { code = "X" }
                else { code = "S" }
            case "t":
                if at(1) == "h" { code = "0"; advance = 2 }
                else if at(1) == "c", at(2) == "h" { code = "X"; advance = 3 }
                else if at(1) == "i", at(2) == "o" || at(2) == "a" { code = "X" }
                else { code = "T" }
            case "v": code = "F"
            case "x": code = "KS"
            case "z": code = "S"
            default: code = String(letter).uppercased()
            }
            if let code {
                for c in code where previous != c { codes.append(c); previous = c }
            } else {
                previous = nil
            }
            i += advance
        }
        return String(codes)
    }
}
