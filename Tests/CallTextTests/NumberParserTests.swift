import Foundation
import Testing
@testable import CallText

@Suite("Number parser")
struct NumberParserTests {
    @Test("numbers a caller says", arguments: [
        ("forty two", "42"), ("one hundred and five", "105"), ("one hundred five", "105"), ("a hundred", "100"),
        ("two thousand twenty", "2020"), ("two thousand and five", "2005"), ("3", "3"), ("1,250", "1250"),
        ("twelve fifty", "1250"), ("nineteen eighty five", "1985"), ("twenty twenty", "2020"), ("nine oh five", "905"),
        ("fifteen hundred", "1500"), ("three million two hundred thousand", "3200000"), ("zero", "0"),
        ("two point five", "2.5"), ("point five", "0.5"), ("three point one four", "3.14"), ("one point oh five", "1.05"),
        ("four point twenty five", "4.25"), ("two and a half", "2.5"), ("minus five", "-5"), ("negative twelve", "-12"),
        ("fourty two", "42"), ("ninty nine", "99"), ("um forty uh two", "42"), ("uh there are four of us", "4"),
        ("two no three", "3"), ("two, no, three", "3"), ("i think seven people please", "7"), ("a thousand", "1000"),
        ("table for six", "6"), ("twenty one", "21"), ("just one", "1"), ("only one please", "1"), ("2.5", "2.5"),
        ("five hundred twenty thousand three hundred", "520300"), ("one billion", "1000000000"),
        ("seventeen", "17"), ("it's about 40", "40"), ("twenty twenty five", "2025"), ("one twenty", "120"),
        ("the number is twelve", "12"), ("eleven hundred and one", "1101"),
    ])
    func hits(text: String, expected: String) {
        #expect(NumberParser.parse(text) == Decimal(string: expected), "\(text)")
    }

    @Test("no number in these", arguments: [
        "", "yes please", "i would like to book an appointment on tuesday", "the earlier one", "that one", "oh okay",
        "a dozen", "the twenty first", "on the third", "one moment please", "hold on one sec", "no one", "a few",
        "i want to go", "this is for me", "which one", "the same one", "o",
    ])
    func refusals(text: String) {
        #expect(NumberParser.parse(text) == nil, "\(text)")
    }

    @Test("whole numbers only", arguments: [("forty two", 42), ("minus three", -3), ("two point zero", 2)])
    func integers(text: String, expected: Int) {
        #expect(NumberParser.integer(text) == expected, "\(text)")
    }

    @Test("a decimal is no whole number")
    func notInteger() {
        #expect(NumberParser.integer("two point five") == nil)
        #expect(NumberParser.integer("yes") == nil)
    }

    @Test("spoken forms", arguments: [
        ("42", "forty two"), ("1250", "one thousand two hundred fifty"), ("2.5", "two point five"), ("-3", "minus three"),
        ("3000000", "three million"), ("0", "zero"), ("1000000001", "one billion one"), ("0.05", "zero point zero five"),
    ])
    func spoken(value: String, expected: String) {
        #expect(NumberParser.spoken(Decimal(string: value)!) == expected)
    }

    @Test("every spoken number reads back")
    func roundTrip() {
        var values = Array(0...2100) + [9_999, 10_000, 123_456, 1_000_000, 7_654_321, 999_999_999_999]
        values += stride(from: 12_345, to: 99_999_999, by: 7_654_321)
        for n in values {
            let spoken = NumberParser.spoken(Decimal(n))
            #expect(NumberParser.integer(spoken) == n, "\(spoken)")
        }
        for text in ["0.5", "2.25", "-7.125", "10.01"] {
            let value = Decimal(string: text)!
            #expect(NumberParser.parse(NumberParser.spoken(value)) == value, "\(text)")
        }
    }
}
