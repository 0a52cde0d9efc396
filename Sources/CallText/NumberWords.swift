/// Spelling numbers as words and reading them back.
public enum NumberWords {
    static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                       "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let ordinalOnes = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                              "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                              "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
    static let ordinalTens = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                              "seventieth", "eightieth", "ninetieth"]

    /// Cardinal words for 0…999,999 ("three hundred twelve"; no "and").
    public static func cardinal(_ n: Int) -> [String] {
        precondition(n >= 0, "negative numbers are spelled by the caller")
        if n < 20 { return [ones[n]] }
        if n < 100 { return [tens[n / 10]] + (n % 10 == 0 ? [] : [ones[n % 10]]) }
        if n < 1000 { return [ones[n / 100], "hundred"] + (n % 100 == 0 ? [] : cardinal(n % 100)) }
        if n < 1_000_000 { return cardinal(n / 1000) + ["thousand"] + (n % 1000 == 0 ? [] : cardinal(n % 1000)) }
        return String(n).map { ones[Int(String($0))!] }
    }

    /// Ordinal words ("twenty first").
    public static func ordinal(_ n: Int) -> [String] {
        if n < 20 { return [ordinalOnes[n]] }
        if n < 100 {
            return n % 10 == 0 ? [ordinalTens[n / 10]] : [tens[n / 10], ordinalOnes[n % 10]]
        }
        var words = cardinal(n)
        let last = words.removeLast()
        if let i = ones.firstIndex(of: last) { return words + [ordinalOnes[i]] }
        if let i = tens.firstIndex(of: last) { return words + [ordinalTens[i]] }
        return words + [last + "th"]
    }

    /// A four-digit year as spoken: 1985 → "nineteen eighty five", 2005 → "two thousand five".
    public static func year(_ n: Int) -> [String] {
        if n % 1000 < 10 && n >= 2000 { return cardinal(n) }
        if n % 100 == 0 { return cardinal(n / 100) + ["hundred"] }
        let tail = n % 100 < 10 ? ["oh"] + cardinal(n % 100) : cardinal(n % 100)
        return cardinal(n / 100) + tail
    }

    /// The value of a cardinal or ordinal number word ("seven", "seventh", "twelve"), or nil.
    public static func value(of word: String) -> Int? {
        if let i = ones.firstIndex(of: word) { return i }
        if let i = tens.firstIndex(of: word), i >= 2 { return i * 10 }
        if let i = ordinalOnes.firstIndex(of: word) { return i }
        if let i = ordinalTens.firstIndex(of: word), i >= 2 { return i * 10 }
        switch word {
        case "oh": return 0
        case "a": return nil
        default: return Int(word)
        }
    }

    /// Reads a number from the start of `words` ("twenty one", "three hundred", "1985",
    /// "nineteen eighty five" and "twenty twenty four" read as years unless `years` is
    /// false; an ordinal word ends the number; "and" after "hundred" or "thousand" is
    /// skipped); returns the value and how many words it used.
    public static func parse(_ words: ArraySlice<String>, years: Bool = true) -> (value: Int, count: Int)? {
        guard let firstWord = words.first else { return nil }
        if let digits = Int(firstWord) { return (digits, 1) }
        var total = 0, current = 0, used = 0
        var afterTens = false
        var previous: String?
        let list = Array(words)
        for (index, word) in list.enumerated() {
            if word == "and", previous == "hundred" || previous == "thousand", index + 1 < list.count,
               list[index + 1] != "oh", value(of: list[index + 1]) != nil {
                // British "two thousand and five", "one hundred and twelve".
            } else if word == "hundred", current > 0, current < 100 {
                current *= 100
            } else if word == "thousand", total + current > 0, total == 0 {
                total = current * 1000
                current = 0
            } else if years, used > 0, current >= 10, current < 100, total == 0, word == "oh" || value(of: word).map({ $0 >= 10 && $0 < 100 }) == true {
                // A year in pairs: "nineteen eighty five", "nineteen oh five", "twenty twenty".
                let skip = used + (word == "oh" ? 1 : 0)
                guard let rest = parse(words.dropFirst(skip), years: false), rest.value < 100 else { break }
                return (current * 100 + rest.value, skip + rest.count)
            } else if let v = value(of: word), word != "oh" {
                if v < 10, afterTens {
                    current += v
                    afterTens = false
                } else if v >= 20, v < 100, v % 10 == 0, current % 100 == 0 {
                    current += v
                    afterTens = true
                } else if v < 20, current % 100 == 0 {
                    current += v
                    afterTens = false
                } else {
                    break
                }
            } else {
                break
            }
            used += 1
            previous = word
            // An ordinal ends the number: "twentieth" does not go on into "two thousand five".
            if ordinalOnes.contains(word) || ordinalTens.contains(word) { break }
        }
        if previous == "and" { used -= 1 }
        guard used > 0 else { return nil }
        return (total + current, used)
    }
}
