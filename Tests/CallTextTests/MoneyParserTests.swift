import Testing
@testable import CallText

@Suite("Money parser")
struct MoneyParserTests {
    @Test("amounts with a currency", arguments: [
        ("forty nine dollars ninety nine", 4999, "USD"), ("forty nine dollars and ninety nine cents", 4999, "USD"),
        ("$49.99", 4999, "USD"), ("it was $49.99 plus tax", 4999, "USD"), ("twenty bucks", 2000, "USD"),
        ("five cents", 5, "USD"), ("a hundred and twenty dollars", 12000, "USD"), ("forty nine ninety nine dollars", 4999, "USD"),
        ("twelve fifty dollars", 1250, "USD"), ("a buck fifty", 150, "USD"), ("a dollar", 100, "USD"),
        ("twenty euros", 2000, "EUR"), ("five pounds", 500, "GBP"), ("ten quid", 1000, "GBP"), ("fifty pence", 50, "GBP"),
        ("€20", 2000, "EUR"), ("£3.50", 350, "GBP"), ("49.99 dollars", 4999, "USD"), ("$1,250", 125000, "USD"),
        ("fifteen hundred dollars", 150000, "USD"), ("forty nine point nine nine dollars", 4999, "USD"),
        ("two point five dollars", 250, "USD"), ("five dollars five cents", 505, "USD"), ("ninety nine sense", 99, "USD"),
        ("fourty dollars", 4000, "USD"), ("um it was uh forty nine dollars", 4900, "USD"), ("one dollar and one cent", 101, "USD"),
        ("forty dollars ten minutes ago", 4000, "USD"), ("the refund was for twenty five dollars", 2500, "USD"),
        ("fifty euro cents", 50, "EUR"), ("two euros fifty", 250, "EUR"), ("it cost twenty dollars no sorry thirty dollars", 3000, "USD"),
        ("i was charged fifty dollars for two items", 5000, "USD"), ("twenty usd", 2000, "USD"), ("49.99$", 4999, "USD"),
        ("one hundred twenty five fifty dollars", 12550, "USD"), ("three oh five dollars", 305, "USD"),
        ("two thousand dollars", 200000, "USD"), ("zero dollars", 0, "USD"), ("a hundred bucks", 10000, "USD"),
        ("five €20", 2000, "EUR"), ("twenty pounds pence", 2000, "GBP"), ("zero eighty $49.99", 4999, "USD"),
        ("+1 $49.99", 4999, "USD"), ("item 2 $5", 500, "USD"), ("forty nine dollars ninety nine plus tax", 4999, "USD"),
        ("i was charged forty nine dollars ninety nine each", 4999, "USD"), ("twenty dollars twenty percent off", 2000, "USD"),
        ("twenty dollars fifteen of them", 2000, "USD"), ("forty nine dollar ninety nine", 4999, "USD"),
    ])
    func named(text: String, cents: Int, currency: String) {
        #expect(MoneyParser.parse(text) == MoneyAmount(cents: cents, currency: currency), "\(text)")
    }

    @Test("bare amounts when an amount was asked for", arguments: [
        ("forty nine ninety nine", 4999), ("twelve fifty", 1250), ("fifty", 5000), ("one hundred and twenty", 12000),
        ("forty nine point nine nine", 4999), ("um about nineteen ninety nine", 1999), ("three oh five", 305),
        ("it was 35", 3500), ("one fifty", 150),
    ])
    func bare(text: String, cents: Int) {
        #expect(MoneyParser.parse(text, asked: true) == MoneyAmount(cents: cents), "\(text)")
        #expect(MoneyParser.parse(text) == nil, "\(text) needs a currency unless asked")
    }

    @Test("a named amount wins over a bare number, even when asked")
    func namedWins() {
        #expect(MoneyParser.parse("two items for fifty dollars and then three more", asked: true) == MoneyAmount(cents: 5000, currency: "USD"))
    }

    @Test("no amount in these", arguments: [
        "", "yes", "i would like to book an appointment on tuesday", "i have two questions", "dollars", "how many dollars",
        "that makes sense", "two point nine nine nine dollars", "at three thirty", "the same one", "a lot of money",
        "it weighs a ton", "my order number is w one zero zero one",
    ])
    func refusals(text: String) {
        #expect(MoneyParser.parse(text) == nil, "\(text)")
    }

    @Test("no bare amount in these, even when asked", arguments: ["", "i don't know", "the same one", "two point nine nine nine", "yes"])
    func askedRefusals(text: String) {
        #expect(MoneyParser.parse(text, asked: true) == nil, "\(text)")
    }

    @Test("spoken forms", arguments: [
        (4999, "USD", "forty nine dollars and ninety nine cents"), (100, "USD", "one dollar"), (5, "USD", "five cents"),
        (150, "GBP", "one pound and fifty pence"), (2000, "EUR", "twenty euros"), (101, "USD", "one dollar and one cent"),
        (0, "USD", "zero dollars"), (125000, "USD", "one thousand two hundred fifty dollars"),
    ])
    func spoken(cents: Int, currency: String, expected: String) {
        #expect(MoneyParser.spoken(MoneyAmount(cents: cents, currency: currency)) == expected)
    }

    @Test("without a currency the amount reads as a decimal")
    func spokenBare() {
        #expect(MoneyParser.spoken(MoneyAmount(cents: 4999)) == "forty nine point nine nine")
        #expect(MoneyParser.spoken(MoneyAmount(cents: 1250, currency: "CAD")) == "twelve point five zero C A D")
    }

    @Test("display and value")
    func display() {
        #expect(MoneyAmount(cents: 4999, currency: "USD").display == "$49.99")
        #expect(MoneyAmount(cents: 2000, currency: "EUR").display == "€20.00")
        #expect(MoneyAmount(cents: 5, currency: "GBP").display == "£0.05")
        #expect(MoneyAmount(cents: 1250).display == "12.50")
        #expect(MoneyAmount(cents: 1250, currency: "CAD").display == "12.50 CAD")
    }

    @Test("every spoken amount reads back", arguments: ["USD", "EUR", "GBP", nil] as [String?])
    func roundTrip(currency: String?) {
        for cents in Array(0...1200) + stride(from: 1201, to: 10_000_000, by: 9_973) {
            let amount = MoneyAmount(cents: cents, currency: currency)
            let spoken = MoneyParser.spoken(amount)
            #expect(MoneyParser.parse(spoken, asked: true) == amount, "\(spoken)")
        }
    }
}
