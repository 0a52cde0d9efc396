/// Reads an amount of money from recognizer text.
///
/// Forms understood (numbers as `NumberParser` reads them, written digits too):
/// - a number and a currency: "twenty dollars", "twenty bucks", "a hundred and twenty
///   dollars", "a dollar", "fifteen hundred euros", "five pounds", "ten quid",
///   "49.99 dollars", "twenty usd"; then cents, with or without "and" and the cent word:
///   "forty nine dollars and ninety nine cents", "forty nine dollars ninety nine", "a
///   buck fifty", "five dollars five cents";
/// - cents alone: "five cents", "ninety nine cents", "fifty pence", "fifty euro cents";
/// - a pair, read as units and cents: "forty nine ninety nine dollars", "twelve fifty"
///   (12.50, never 1250: say "twelve hundred fifty" for that), "three oh five" (3.05),
///   "one hundred twenty five fifty" (125.50);
/// - decimals: "forty nine point nine nine dollars", "two point five dollars" (2.50);
///   more than two decimal places is no amount;
/// - written: "$49.99", "$5", "€20", "£3.50", "49.99$", "$1,250" (a symbol after the
///   number only after written digits).
///
/// Currencies: "dollar(s)", "buck(s)", "usd", "$" are USD; "euro(s)", "eur", "€" EUR;
/// "pound(s)", "quid", "gbp", "£" GBP; "cent(s)" (also the recognizer's "sense") are
/// hundredths of the amount's currency, USD when none is named; "pence", "penny" are GBP.
///
/// Ambiguity rules:
/// - cents after the currency word without "cents" must be 10–99 ("forty nine dollars
///   ninety nine plus tax") and not be followed by a word that makes the number a count
///   (minutes, hours, days, weeks, months, years, times, items, pieces, people, percent,
///   "of", "more" …), so "forty dollars ten minutes ago" is 40.00;
/// - a bare number (no currency word or symbol) is an amount only when `asked` is true
///   — the caller is answering a question for an amount: then "forty nine ninety nine"
///   is 49.99, "twelve fifty" 12.50, "fifty" 50.00, with no currency;
/// - "one" as a pronoun ("the same one") is never a bare amount;
/// - when the text holds several amounts, the last with a currency wins, else (when
///   `asked`) the last bare one: a correction comes last.
public enum MoneyParser {
    /// The amount of money in `text`, or nil; `asked` lets a bare number count (see above).
    public static func parse(_ text: String, asked: Bool = false) -> MoneyAmount? {
        let words = SpokenTokens.words(text)
        var withCurrency: MoneyAmount?, bare: MoneyAmount?
        var i = 0
        while i < words.count {
            guard let found = amount(in: words, at: i) else { i += 1; continue }
            if let money = found.money {
                if found.named { withCurrency = money } else { bare = money }
            }
            i = max(found.end, i + 1)
        }
        return withCurrency ?? (asked ? bare : nil)
    }

    static let currencies: [String: String] = [
        "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "usd": "USD", "$": "USD",
        "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
        "pound": "GBP", "pounds": "GBP", "quid": "GBP", "gbp": "GBP", "£": "GBP",
    ]
    /// Words after a number that make it a count, not cents ("forty dollars ten minutes ago").
    static let counted: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "time", "times", "item", "items", "piece", "pieces", "people", "percent", "of", "point",
        "hundred", "thousand", "million", "billion", "more", "other", "others",
    ]
    static let minorUnits: [String: String?] = [
        "cent": nil, "cents": nil, "sense": nil, "pence": "GBP", "penny": "GBP", "pennies": "GBP",
    ]

    /// What starts at `i`: nil when no number does; else the words it used and the amount
    /// (nil when the number is no amount, such as three decimal places).
    static func amount(in words: [String], at i: Int) -> (money: MoneyAmount?, named: Bool, end: Int)? {
        var j = i
        let symbol = ["$", "€", "£"].contains(words[j]) ? currencies[words[j]] : nil
        if symbol != nil { j += 1 }
        let reading: CardinalReading
        if j + 1 < words.count, words[j] == "a" || words[j] == "an", currencies[words[j + 1]] != nil {
            reading = CardinalReading(whole: 1, fraction: "", start: j, used: 1, small: true)
        } else if let read = CardinalReading.read(words, at: j) {
            reading = read
        } else {
            return nil
        }
        guard let base = cents(reading) else { return (nil, false, reading.end) }
        var k = reading.end
        if let code = currency(after: words, at: k) {
            k += 1
            if code == "EUR", k < words.count, ["cent", "cents", "sense"].contains(words[k]) {
                // "fifty euro cents".
                guard reading.fraction.isEmpty else { return (nil, false, k + 1) }
                return (MoneyAmount(cents: reading.whole, currency: code), true, k + 1)
            }
            var total = base
            if reading.fraction.isEmpty, let (minor, end) = centsAfter(words, at: k) {
                total += minor
                k = end
            }
            return (MoneyAmount(cents: total, currency: symbol ?? code), true, k)
        }
        if k < words.count, let minorCode = minorUnits[words[k]] {
            guard reading.fraction.isEmpty else { return (nil, false, k + 1) }
            return (MoneyAmount(cents: reading.whole, currency: symbol ?? minorCode ?? "USD"), true, k + 1)
        }
        var total = base
        if reading.fraction.isEmpty, !isWritten(words[reading.start]),
           let tail = CardinalReading.pairTail(words, at: k), !SlotWords.has(["point"], in: words, at: k + tail.used) {
            total = reading.whole * 100 + tail.value
            k += tail.used
            if let code = currency(after: words, at: k) {
                return (MoneyAmount(cents: total, currency: symbol ?? code), true, k + 1)
            }
        } else if symbol == nil, NumberParser.isPronoun(reading, in: words) {
            return (nil, false, k)
        }
        return (MoneyAmount(cents: total, currency: symbol), symbol != nil, k)
    }

    /// The reading in cents when it has at most two decimal places.
    static func cents(_ reading: CardinalReading) -> Int? {
        guard reading.fraction.count <= 2 else { return nil }
        let fraction = Int(reading.fraction) ?? 0
        return reading.whole * 100 + (reading.fraction.count == 1 ? fraction * 10 : fraction)
    }

    /// Cents after the currency word: "[and] ninety nine [cents]", "[and] five cents".
    static func centsAfter(_ words: [String], at k: Int) -> (Int, Int)? {
        var m = k
        if m < words.count, words[m] == "and" { m += 1 }
        guard let minor = CardinalReading.read(words, at: m), minor.fraction.isEmpty, minor.whole < 100 else { return nil }
        let end = minor.end
        if end < words.count, minorUnits[words[end]] != nil { return (minor.whole, end + 1) }
        guard minor.whole >= 10 else { return nil }
        if end < words.count {
            let next = words[end]
            guard !counted.contains(next), currencies[next] == nil, CardinalReading.basic(next) == nil else { return nil }
        }
        return (minor.whole, end)
    }

    static func isWritten(_ word: String) -> Bool { CardinalReading.written(word) != nil }

    /// The currency named at `k`, right after a number: a currency word, or a symbol
    /// after written digits that no number follows ("49.99$", not "1 $49.99").
    static func currency(after words: [String], at k: Int) -> String? {
        guard k > 0, k < words.count, let code = currencies[words[k]] else { return nil }
        if words[k].count > 1 { return code }
        return isWritten(words[k - 1]) && CardinalReading.read(words, at: k + 1) == nil ? code : nil
    }
}
