import Foundation

/// A cardinal number read from `SpokenTokens` words at one place: its value and how it
/// was said, for `NumberParser` and `MoneyParser`.
struct CardinalReading: Equatable {
    /// The whole part.
    var whole: Int
    /// The digits after the point ("" for a whole number): "two point five" → "5".
    var fraction: String
    /// Index of the first word and how many words it used.
    var start: Int
    var used: Int
    /// One or two words naming 1–99 with no "hundred" or scale word ("twelve", "forty
    /// nine"): it can start a pair ("twelve fifty").
    var small: Bool

    var end: Int { start + used }

    /// The largest whole part read; longer numbers are no cardinal.
    static let limit = 999_999_999_999

    static let scales: [String: Int] = ["thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]

    /// Misspellings of number words a recognizer or a typist produces.
    static let variants: [String: String] = ["fourty": "forty", "ninty": "ninety", "nineth": "ninth", "twelth": "twelfth"]

    static func word(_ word: String) -> String { variants[word] ?? word }

    /// The value of a cardinal word "zero" … "nineteen", "twenty" … "ninety".
    static func basic(_ word: String) -> Int? {
        let w = Self.word(word)
        if let i = NumberWords.ones.firstIndex(of: w) { return i }
        if let i = NumberWords.tens.firstIndex(of: w), i >= 2 { return i * 10 }
        return nil
    }

    static func isOrdinal(_ word: String) -> Bool {
        let w = Self.word(word)
        return NumberWords.ordinalOnes.contains(w) || NumberWords.ordinalTens.contains(w)
            || ["hundredth", "thousandth", "millionth"].contains(w)
    }

    /// A written number: "1250", "1,250", "0042", "49.99".
    static func written(_ word: String) -> (whole: Int, fraction: String)? {
        guard let first = word.first, first.isASCII && first.isNumber else { return nil }
        let parts = word.replacingOccurrences(of: ",", with: "").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 15, let whole = Int(parts[0]), whole <= limit else { return nil }
        return (whole, parts.count == 2 ? String(parts[1]) : "")
    }

    /// The number starting at `i`, without the pair form: written digits, or words such
    /// as "forty two", "one hundred and five", "a hundred", "two thousand twenty",
    /// "three million", optionally followed by "point" and digits or "and a half"; a
    /// "point five" with no whole part reads 0.5. Nil when no number starts there, and
    /// when the words go on into an ordinal ("twenty first").
    static func read(_ words: [String], at i: Int) -> CardinalReading? {
        guard i < words.count else { return nil }
        var reading: CardinalReading
        if let (whole, fraction) = written(words[i]) {
            reading = CardinalReading(whole: whole, fraction: fraction, start: i, used: 1, small: false)
        } else if word(words[i]) == "point" {
            guard let (digits, used) = decimals(words, at: i + 1) else { return nil }
            return CardinalReading(whole: 0, fraction: digits, start: i, used: used + 1, small: false)
        } else if let spelled = spelled(words, at: i) {
            reading = spelled
        } else {
            return nil
        }
        var j = reading.end
        if j < words.count, isOrdinal(words[j]) { return nil }
        if reading.fraction.isEmpty, j < words.count, word(words[j]) == "point", let (digits, used) = decimals(words, at: j + 1) {
            reading.fraction = digits
            reading.used += used + 1
            reading.small = false
            j = reading.end
        } else if reading.fraction.isEmpty, SlotWords.has(["and", "a", "half"], in: words, at: j) {
            reading.fraction = "5"
            reading.used += 3
            reading.small = false
        }
        return reading
    }

    /// Digits after "point": one by one ("one four", "oh five", "5"), or one number of
    /// 10–99 read as its digits ("twenty five").
    static func decimals(_ words: [String], at i: Int) -> (String, Int)? {
        var digits = "", j = i
        while j < words.count {
            let w = word(words[j])
            if w == "oh" || w == "o" {
                digits += "0"
            } else if let v = basic(w), v < 10 {
                digits += String(v)
            } else if digits.isEmpty, let tail = pairTail(words, at: j), tail.value >= 10 {
                return (String(tail.value), tail.used)
            } else if digits.isEmpty, w.allSatisfy({ $0.isASCII && $0.isNumber }) && !w.isEmpty {
                return (w, 1)
            } else {
                break
            }
            j += 1
        }
        return digits.isEmpty ? nil : (digits, j - i)
    }

    /// Spelled-out words: ones, tens, "hundred", scale words, "and" after "hundred" or a
    /// scale when more number words follow, "a"/"an" before "hundred" or a scale.
    static func spelled(_ words: [String], at i: Int) -> CardinalReading? {
        var total = 0, hundreds = 0, low = 0
        var lastWasTens = false, lastScale = Int.max, used = 0, grouped = false
        var j = i
        var previous = ""
        while j < words.count {
            let w = word(words[j])
            if (w == "a" || w == "an"), used == 0 {
                guard j + 1 < words.count, word(words[j + 1]) == "hundred" || scales[word(words[j + 1])] != nil else { return nil }
                low = 1
            } else if w == "zero" {
                guard used == 0 else { break }
                used = 1
                break
            } else if let v = basic(w), v < 20 {
                if lastWasTens, (1...9).contains(v) { low += v } else if low == 0, v > 0 { low = v } else { break }
                lastWasTens = false
            } else if let v = basic(w) {
                guard low == 0 else { break }
                low = v
                lastWasTens = true
            } else if w == "hundred" {
                guard hundreds == 0, low > 0 else { break }
                hundreds = low * 100
                low = 0
                lastWasTens = false
                grouped = true
            } else if let scale = scales[w] {
                guard hundreds + low > 0, scale < lastScale else { break }
                total += (hundreds + low) * scale
                hundreds = 0
                low = 0
                lastScale = scale
                lastWasTens = false
                grouped = true
            } else if w == "and", previous == "hundred" || scales[previous] != nil, j + 1 < words.count,
                      let next = basic(words[j + 1]), next > 0 {
                // "one hundred and five", "two thousand and twenty".
            } else {
                break
            }
            previous = w
            used += 1
            j += 1
        }
        guard used > 0, !(used == 1 && (previous == "a" || previous == "an")) else { return nil }
        let value = total + hundreds + low
        guard value <= limit else { return nil }
        return CardinalReading(whole: value, fraction: "", start: i, used: used, small: !grouped && used <= 2 && value > 0 && value < 100)
    }

    /// The second half of a pair at `i`: 10–99 in at most two words ("fifty", "ninety
    /// nine"), or "oh" and a digit ("oh five" → 5); never when "hundred" or a scale word
    /// follows it.
    static func pairTail(_ words: [String], at i: Int) -> (value: Int, used: Int)? {
        guard i < words.count else { return nil }
        let w = word(words[i])
        var value: Int, used: Int
        if w == "oh" || w == "o" {
            guard i + 1 < words.count, let d = basic(words[i + 1]), (1...9).contains(d) else { return nil }
            value = d
            used = 2
        } else if let v = basic(w), v >= 10 {
            value = v
            used = 1
            if v >= 20, v % 10 == 0, i + 1 < words.count, let d = basic(words[i + 1]), (1...9).contains(d) {
                value += d
                used = 2
            }
        } else {
            return nil
        }
        let after = i + used
        if after < words.count, word(words[after]) == "hundred" || scales[word(words[after])] != nil || isOrdinal(words[after]) {
            return nil
        }
        return (value, used)
    }
}
