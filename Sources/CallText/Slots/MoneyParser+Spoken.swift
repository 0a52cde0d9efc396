extension MoneyParser {
    /// Unit and cent names, singular and plural, of the currencies read out by name.
    static let names: [String: (unit: String, units: String, cent: String, cents: String)] = [
        "USD": ("dollar", "dollars", "cent", "cents"),
        "EUR": ("euro", "euros", "cent", "cents"),
        "GBP": ("pound", "pounds", "penny", "pence"),
    ]

    /// An amount as an agent reads it out: 4999 USD → "forty nine dollars and ninety nine
    /// cents", 100 USD → "one dollar", 5 USD → "five cents", 5 EUR → "five euro cents", 150 GBP → "one pound and fifty
    /// pence"; with no currency (or another one) the number and its code: "forty nine
    /// point nine nine", "twelve point five zero C A D".
    public static func spoken(_ amount: MoneyAmount) -> String {
        let units = amount.cents.magnitude / 100, cents = amount.cents.magnitude % 100
        var words: [String] = amount.cents < 0 ? ["minus"] : []
        if let currency = amount.currency, let name = names[currency] {
            if units > 0 || cents == 0 {
                words += NumberParser.cardinalWords(Int(units)) + [units == 1 ? name.unit : name.units]
            }
            if cents > 0 {
                if units > 0 { words.append("and") }
                words += NumberWords.cardinal(Int(cents))
                // "five cents" alone are US cents: euro cents say so.
                if units == 0, currency != "USD", name.cent == "cent" { words.append(name.unit) }
                words.append(cents == 1 ? name.cent : name.cents)
            }
        } else {
            words += NumberParser.cardinalWords(Int(units))
            if cents > 0 { words += ["point", NumberWords.ones[Int(cents) / 10], NumberWords.ones[Int(cents) % 10]] }
            if let code = amount.currency { words += code.map { String($0) } }
        }
        return words.joined(separator: " ")
    }
}
