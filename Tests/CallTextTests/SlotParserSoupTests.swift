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

    /// More words for the number, money, phone, email and pattern-id parsers.
    static let valueVocabulary = vocabulary + [
        "dollars", "bucks", "cents", "sense", "euros", "pounds", "quid", "pence", "a", "and", "point", "minus", "plus",
        "zero", "four", "six", "seven", "eight", "nine", "eleven", "fifty", "ninety", "triple", "for", "to", "won",
        "dot", "at", "com", "gmail", "g", "mail", "underscore", "dash", "hyphen", "sign", "j", "smith", "w", "you",
        "u", "dub", "whiskey", "alpha", "bee", "see", "x", "ray", "as", "capital", "$49.99", "$", "€20", "+1",
        "555-123-4567", "(555)", "5551234567", "john.smith@example.com", "w-1001", "@", "2.5", "1,250", "fourty",
    ]

    static func soup(count: Int, seed: UInt64, words: [String] = vocabulary) -> [String] {
        var random = LCG(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % 13)
            return (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
    }

    /// What a caller says when no phone number, email address, amount or order id is in it.
    static let ordinary = [
        "i would like to book an appointment on tuesday", "hello i need to talk to someone about my order",
        "yes please", "no thank you that is all", "can you tell me where my parcel is", "i want to return a jacket",
        "i have two questions", "the earlier one please", "at three thirty on june third", "i am at home right now",
        "my name is john smith", "could i speak to a person", "it was delivered to the wrong address",
        "i paid with my card", "i ordered it two weeks ago", "call me back in an hour", "that sounds good",
        "um uh i am not sure", "what time do you close today", "i need to change my delivery address",
        "it arrived broken", "can i get a refund for it", "i'll be there at five", "the first one was fine",
        "twenty twenty five was a good year", "i have one more thing", "see you on monday", "why are you asking",
    ]

    @Test("ordinary sentences hold no phone number, address, amount or order id", arguments: ordinary)
    func ordinarySentences(text: String) {
        #expect(PhoneParser.parse(text) == nil, "\(text)")
        #expect(EmailParser.parse(text) == nil, "\(text)")
        #expect(MoneyParser.parse(text) == nil, "\(text)")
        #expect(PatternIdentifierParser.parse(text, pattern: "W-####") == nil, "\(text)")
    }

    @Test("value parsers keep their guarantees on 1,000 seeded utterances")
    func valueGuarantees() {
        let patterns = ["W-####", "@@######", "A-####"].map { IdentifierPattern($0)! }
        var hits = [String: Int]()
        for text in Self.soup(count: 1000, seed: 20250613, words: Self.valueVocabulary) {
            if let number = NumberParser.parse(text) {
                hits["number", default: 0] += 1
                #expect(NumberParser.parse(NumberParser.spoken(number)) == number, "\(text)")
            }
            for asked in [false, true] {
                guard let amount = MoneyParser.parse(text, asked: asked) else { continue }
                hits["money", default: 0] += 1
                #expect(amount.cents >= 0 && [nil, "USD", "EUR", "GBP"].contains(amount.currency), "\(text)")
                #expect(asked || amount.currency != nil, "\(text)")
                #expect(MoneyParser.parse(MoneyParser.spoken(amount), asked: true) == amount, "\(text)")
            }
            if let phone = PhoneParser.parse(text) {
                hits["phone", default: 0] += 1
                let digits = phone.hasPrefix("+") ? phone.dropFirst() : phone[...]
                #expect((7...15).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }, "\(text)")
                #expect(PhoneParser.parse(PhoneParser.spoken(phone)) == phone, "\(text)")
            }
            if let email = EmailParser.parse(text) {
                hits["email", default: 0] += 1
                let parts = email.split(separator: "@", omittingEmptySubsequences: false)
                #expect(parts.count == 2 && email == email.lowercased(), "\(text)")
                #expect(EmailParser.isLocalPart(String(parts[0])) && EmailParser.isDomain(String(parts[1])), "\(text)")
                #expect(EmailParser.parse(EmailParser.spoken(email)) == email, "\(text)")
            }
            for pattern in patterns {
                guard let id = PatternIdentifierParser.parse(text, pattern: pattern) else { continue }
                hits["id", default: 0] += 1
                #expect(pattern.matches(id), "\(pattern): \(text)")
                #expect(PatternIdentifierParser.parse(PatternIdentifierParser.spoken(id), pattern: pattern) == id, "\(text)")
            }
        }
        // The soup reaches every parser, so the guarantees above are exercised.
        for kind in ["number", "money", "phone", "email", "id"] { #expect(hits[kind, default: 0] >= 5, "\(kind): \(hits)") }
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
