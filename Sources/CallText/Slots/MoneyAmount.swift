/// An amount of money a caller said: a whole number of cents (of the minor unit) and
/// the currency, when one was named.
public struct MoneyAmount: Sendable, Hashable {
    /// The amount in cents (pence, euro cents): 4999 for 49.99.
    public var cents: Int
    /// The ISO 4217 code of the currency said ("USD", "EUR", "GBP"), nil when none was.
    public var currency: String?

    /// An amount of `cents` in `currency` (nil: none said).
    public init(cents: Int, currency: String? = nil) {
        self.cents = cents
        self.currency = currency
    }

    /// The amount as a decimal string with two places, as tools take it: "49.99", "20.00".
    public var value: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The amount as written for people: "$49.99", "€20.00", "£1.50", "12.50 CAD", or the
    /// bare value when no currency was said.
    public var display: String {
        switch currency {
        case "USD"?: return "$" + value
        case "EUR"?: return "€" + value
        case "GBP"?: return "£" + value
        case let code?: return value + " " + code
        case nil: return value
        }
    }
}
