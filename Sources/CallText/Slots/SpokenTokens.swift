/// The words the number, money, phone and identifier parsers read: `SlotWords.words`,
/// except that written digits survive as digit strings instead of being spelled out
/// (the normalizer would turn "5551234567" into ten words but "1250" into "twelve fifty").
///
/// - a run of digits stays one word: "1042", "0042"; commas between groups of three stay
///   ("1,250", a cardinal — never phone digits); a token's only point between digits
///   keeps a decimal ("49.99"; "555.123.4567" is three groups);
/// - other punctuation between digits splits them: "555-123-4567" → "555" "123" "4567";
/// - letters glued to digits come apart: "w1001" → "w" "1001", "A-1042" → "a" "1042";
/// - "$", "€" and "£" are words of their own; "+" is "plus", "%" is "percent";
/// - written dates and times ("2025-06-03", "6/3", "3/15/1985", "3:30"), a digit run with
///   an ordinal suffix ("15th") and every stretch without digits or those symbols go
///   through `SlotWords.words`, which spells them as words (so plain recognizer text is
///   unchanged by this).
enum SpokenTokens {
    static func words(_ text: String) -> [String] {
        guard text.contains(where: isSpecial) else { return SlotWords.words(text) }
        var words: [String] = []
        var chunk: [Substring] = []
        func flush() {
            if !chunk.isEmpty { words += SlotWords.words(chunk.joined(separator: " ")) }
            chunk.removeAll()
        }
        for token in text.split(whereSeparator: \.isWhitespace) {
            if !token.contains(where: isSpecial) || isOrdinal(token) || isDateOrTime(token) {
                chunk.append(token)
            } else {
                flush()
                words += pieces(token)
            }
        }
        flush()
        return words
    }

    static func isSpecial(_ ch: Character) -> Bool {
        ch.isASCII && ch.isNumber || ch == "$" || ch == "€" || ch == "£" || ch == "+" || ch == "%"
    }

    /// "15th", "1st", "22nd", "3rd" (with trailing punctuation).
    static func isOrdinal(_ token: Substring) -> Bool {
        let bare = token.lowercased().filter { $0.isLetter || $0.isNumber }
        let digits = bare.prefix { $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(bare.dropFirst(digits.count)))
    }

    /// "2025-06-03", "6/3", "99/99/9999", "3:30" (digits joined by "/" or ":", or an ISO date).
    static func isDateOrTime(_ token: Substring) -> Bool {
        let chars = Array(token)
        func digit(_ j: Int) -> Bool { j >= 0 && j < chars.count && chars[j].isASCII && chars[j].isNumber }
        if chars.indices.contains(where: { (chars[$0] == "/" || chars[$0] == ":") && digit($0 - 1) && digit($0 + 1) }) { return true }
        let groups = token.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
        return groups.count == 3 && groups[0].count == 4 && groups[1].count <= 2 && groups[2].count <= 2
            && token.filter({ $0 == "-" }).count == 2
    }

    /// Whether the comma at `i` has exactly three digits after it ("1,250", "12,000,000").
    static func isThousandsSeparator(_ chars: [Character], at i: Int) -> Bool {
        func digit(_ j: Int) -> Bool { j < chars.count && chars[j].isASCII && chars[j].isNumber }
        return digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)
    }

    /// The words of one token that holds digits or symbols.
    static func pieces(_ token: Substring) -> [String] {
        let chars = Array(token)
        var out: [String] = []
        var letters = ""
        func flushLetters() {
            if !letters.isEmpty { out += SlotWords.words(letters) }
            letters = ""
        }
        func digit(_ j: Int) -> Bool { j >= 0 && j < chars.count && chars[j].isASCII && chars[j].isNumber }
        // "49.99" is a decimal, "555.123.4567" three groups.
        let innerPoints = chars.indices.count { chars[$0] == "." && digit($0 - 1) && digit($0 + 1) }
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch.isASCII && ch.isNumber {
                flushLetters()
                var digits = ""
                var sawPoint = false
                while i < chars.count {
                    let c = chars[i]
                    if c.isASCII && c.isNumber {
                        digits.append(c)
                    } else if c == ",", !sawPoint, isThousandsSeparator(chars, at: i) {
                        digits.append(c)
                    } else if c == ".", !sawPoint, innerPoints == 1, i + 1 < chars.count, chars[i + 1].isASCII && chars[i + 1].isNumber {
                        sawPoint = true
                        digits.append(c)
                    } else {
                        break
                    }
                    i += 1
                }
                out.append(digits)
                continue
            }
            switch ch {
            case "$", "€", "£":
                flushLetters()
                out.append(String(ch))
            case "+":
                flushLetters()
                out.append("plus")
            case "%":
                flushLetters()
                out.append("percent")
            case _ where ch.isLetter || ch == "'":
                letters.append(ch)
            default:
                flushLetters()
            }
            i += 1
        }
        flushLetters()
        return out
    }
}
