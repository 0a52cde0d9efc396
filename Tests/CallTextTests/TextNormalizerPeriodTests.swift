import Testing
@testable import CallText

@Suite("Text normalizer: times glued to their period")
struct TextNormalizerPeriodTests {
    @Test("3pm is 3 pm", arguments: [
        ("3pm", "three p m"), ("10am", "ten a m"), ("3:30pm", "three thirty p m"), ("9:05AM", "nine oh five a m"),
        ("at 3pm tomorrow", "at three p m tomorrow"), ("spam", "spam"), ("pm", "p m"), ("a1pm", "a1pm"),
    ])
    func glued(written: String, spoken: String) {
        #expect(TextNormalizer.normalize(written) == spoken)
    }
}

@Suite("Number words: ordinals end a number, British \"and\" is skipped")
struct NumberWordsOrdinalTests {
    @Test("an ordinal is the last word read", arguments: [
        ("twentieth two thousand five", 20, 1), ("twenty first two thousand", 21, 2), ("fifteenth nineteen eighty five", 15, 1),
        ("third four", 3, 1), ("twenty two", 22, 2), ("two thousand and five", 2005, 4), ("one hundred and twelve", 112, 4),
        ("three hundred and", 300, 2), ("five and six", 5, 1),
    ])
    func ordinalEnds(text: String, value: Int, count: Int) {
        let words = text.split(separator: " ").map(String.init)
        let parsed = NumberWords.parse(words[...])
        #expect(parsed?.value == value)
        #expect(parsed?.count == count)
    }
}
