import Foundation

extension NumberParser {
    /// A number as an agent reads it out: 42 → "forty two", 1250 → "one thousand two
    /// hundred fifty", 2.5 → "two point five", -3 → "minus three", 3000000 → "three million".
    public static func spoken(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value).stringValue
        var body = Substring(text)
        var words: [String] = []
        if body.hasPrefix("-") {
            words.append("minus")
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1)
        words += cardinalWords(Int(parts.first ?? "0") ?? 0)
        if parts.count == 2 {
            words.append("point")
            words += parts[1].compactMap { Int(String($0)).map { NumberWords.ones[$0] } }
        }
        return words.joined(separator: " ")
    }

    /// Cardinal words with "million" and "billion" too (`NumberWords.cardinal` stops at
    /// 999,999); past 999 billion the digits one by one.
    static func cardinalWords(_ n: Int) -> [String] {
        if n < 1_000_000 { return NumberWords.cardinal(n) }
        for (scale, name) in [(1_000_000_000, "billion"), (1_000_000, "million")] where n >= scale {
            guard n / scale < 1000 else { break }
            let rest = n % scale
            return cardinalWords(n / scale) + [name] + (rest == 0 ? [] : cardinalWords(rest))
        }
        return String(n).map { NumberWords.ones[Int(String($0))!] }
    }
}
