import Testing
@testable import CallText

/// Seeded word soup in the recognizer's style: the parsers must never trap and must
/// keep their documented guarantees whatever they are fed.
@Suite("Slot parsers on word soup")
struct SlotParserSoupTests {
    static let vocabulary = [
        "the", "a", "at", "on", "of", "in", "next", "this", "is", "my", "name", "it's", "i'm", "yes", "no", "not", "okay",
        "doctor", "pastel", "patel", "johnson", "appointment", "cancel", "book", "please", "um", "uh", "o'clock", "o", "oh",
        "one", "two", "three", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "hundred", "thousand", "double",
        "first", "second", "third", "fifteenth", "twentieth", "thirty", "half", "quarter", "past", "to", "after", "noon",
        "midnight", "morning", "afternoon", "p", "m", "am", "pm", "today", "tomorrow", "day", "week", "weeks", "from",
        "monday", "tuesday", "friday", "sunday", "june", "may", "february", "march", "december", "nineteen", "eighty",
        "five", "twenty", "john", "smith", "jane", "dough", "3:30", "6/3", "2025-06-03", "1985-03-15", "1042", "a-1042",
        "13/13", "99/99/9999", "0:00", "3pm", "-", ".", "'", "", "…",
    ]
    static let today = CalendarDate(year: 2025, month: 6, day: 2)!

    static func soup(count: Int, seed: UInt64) -> [String] {
        var random = LCG(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % 13)
            return (0..<length).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
        }
    }

    @Test("plain recognizer text skips the normalizer's rewrites without changing its words")
    func plainFastPath() {
        let texts = Self.soup(count: 600, seed: 7) + ["dr johnson", "ok", "um yes", "nine am", "i am", "Jane Doe", "mr smith pm"]
        let plain = texts.filter { $0.allSatisfy { $0.isASCII && $0.isLetter || $0 == " " } }
        #expect(plain.count > 40)
        for text in plain {
            #expect(SlotWords.normalized(text) == TextNormalizer.words(text), "\(text)")
        }
    }

    @Test("guarantees hold on 600 seeded utterances")
    func guarantees() {
        let ids = ["A-1042", "P-1001"], patients = ["John Smith", "Jane Doe"], doctors = ["patel", "johnson", "lee"]
        let intents = IntentMatcher(intents: [
            .init(name: "book", keywords: ["book", "appointment"], examples: ["i would like to book an appointment"]),
            .init(name: "cancel", keywords: ["cancel"], examples: ["cancel my appointment"]),
        ])
        for text in Self.soup(count: 600, seed: 20250602) {
            if let date = DateParser.parse(text, today: Self.today, purpose: .upcoming) {
                #expect(date >= Self.today && date.year <= Self.today.year + 10, "\(text)")
            }
            if let date = DateParser.parse(text, today: Self.today, purpose: .birthDate) {
                #expect(date <= Self.today && date.year >= Self.today.year - 130, "\(text)")
            }
            if let time = TimeParser.parse(text) {
                #expect(TimeParser.parse(time.display) == time, "\(text)")
            }
            if let id = IdentifierParser.parse(text, known: ids) { #expect(ids.contains(id)) }
            if let name = PersonNameParser.parse(text, known: patients) {
                let words = name.split(separator: " ")
                #expect(patients.contains(name) || (2...3).contains(words.count) && words.allSatisfy { $0.first!.isUppercase }, "\(text)")
            }
            if let match = FuzzyMatcher.bestMatch(in: text, candidates: doctors) {
                #expect(match.score >= 0.7 && match.score <= 1 && doctors.contains(match.candidate))
            }
            if let intent = intents.match(text) { #expect(intent.score >= 0.5 && intent.score <= 1) }
            _ = YesNo.classify(text)
        }
    }
}
