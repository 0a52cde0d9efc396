import Testing
@testable import CallSpeech

@Suite("Domain text normalization")
struct DomainTextTests {
    static let known: Set<String> = ["i'd", "don't", "o'clock", "that's"]

    @Test("numbers, times, dates and titles are spelled out; known contractions stay whole")
    func spelledOut() {
        #expect(DomainText.words("I'd like to see Dr. Patel at 3:30 PM on March 3rd.", keeping: Self.known.contains)
            == ["i'd", "like", "to", "see", "doctor", "patel", "at", "three", "thirty", "p", "m", "on", "march", "third"])
        #expect(DomainText.words("No, that DOESN'T work; 4 o’clock?", keeping: Self.known.contains)
            == ["no", "that", "does", "not", "work", "four", "o'clock"])
        #expect(DomainText.words("\"Don't\" - we'll see.", keeping: Self.known.contains) == ["don't", "we", "will", "see"])
    }

    @Test("without a dictionary's word, contractions expand as the normalizer does")
    func expanded() {
        #expect(DomainText.words("I'd like that's", keeping: { _ in false }) == ["i", "would", "like", "that", "is"])
    }

    @Test("apostrophe words are found without their punctuation")
    func candidates() {
        #expect(DomainText.apostropheWords("'I'd' say it's Patel's, o’clock. rock'n'roll 'quoted'") == ["i'd", "it's", "patel's", "o'clock", "rock'n'roll"])
    }
}
