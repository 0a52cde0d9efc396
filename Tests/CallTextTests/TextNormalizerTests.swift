import Testing
@testable import CallText

@Suite("Text normalizer")
struct TextNormalizerTests {
    @Test("written and spoken forms meet", arguments: [
        ("Dr. Patel at 3:30 PM", "doctor patel at three thirty p m"),
        ("I'd like 3:00 p.m. on the 15th.", "i would like three p m on the fifteenth"),
        ("Born 1985-03-15", "born march fifteenth nineteen eighty five"),
        ("It's $20, OK?", "it is twenty dollars okay"),
        ("Um, I can't make it at 9:05 AM", "i cannot make it at nine oh five a m"),
        ("Mrs. Davis, room 312", "missus davis room three hundred twelve"),
        ("Call 555-0100", "call five five five zero one zero zero"),
        ("twenty-one", "twenty one"),
        ("at 10 o'clock", "at ten"),
        ("I am here", "i am here"),
    ])
    func canonical(written: String, spoken: String) {
        #expect(TextNormalizer.normalize(written) == TextNormalizer.normalize(spoken))
        #expect(TextNormalizer.normalize(written) == spoken)
    }
}

@Suite("Number words")
struct NumberWordsTests {
    @Test("cardinals, ordinals and years", arguments: [
        (7, "seven", "seventh"), (21, "twenty one", "twenty first"), (40, "forty", "fortieth"),
        (312, "three hundred twelve", "three hundred twelfth"), (2000, "two thousand", "two thousandth"),
    ])
    func spell(n: Int, cardinal: String, ordinal: String) {
        #expect(NumberWords.cardinal(n).joined(separator: " ") == cardinal)
        #expect(NumberWords.ordinal(n).joined(separator: " ") == ordinal)
    }

    @Test("parsing reads back what was spoken", arguments: [
        ("twenty one", 21, 2), ("three hundred twelve", 312, 3), ("nineteen eighty five", 1985, 3),
        ("nineteen oh five", 1905, 3), ("two thousand five", 2005, 3), ("twenty twenty four", 2024, 3),
        ("fifteenth of march", 15, 1), ("three thirty", 3, 1), ("1985", 1985, 1), ("eleven", 11, 1),
    ])
    func parse(text: String, value: Int, count: Int) {
        let words = text.split(separator: " ").map(String.init)
        let parsed = NumberWords.parse(words[...])
        #expect(parsed?.value == value)
        #expect(parsed?.count == count)
    }

    @Test("years are spoken in pairs", arguments: [(1985, "nineteen eighty five"), (2005, "two thousand five"), (1900, "nineteen hundred"), (1905, "nineteen oh five"), (2024, "twenty twenty four")])
    func years(n: Int, spoken: String) {
        #expect(NumberWords.year(n).joined(separator: " ") == spoken)
    }
}
