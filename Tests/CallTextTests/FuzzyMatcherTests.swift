import Testing
@testable import CallText

@Suite("Fuzzy matcher")
struct FuzzyMatcherTests {
    static let doctors = ["johnson", "patel", "lee", "garcia"]
    static let departments = ["general medicine", "cardiology", "orthopedics", "pediatrics"]

    @Test("misheard doctors", arguments: [
        ("i want to see doctor pastel", "patel"), ("doctor battle please", "patel"), ("doctor petal", "patel"),
        ("dr johnston", "johnson"), ("doctor garza", "garcia"), ("doctor lee please", "lee"), ("doctor johnson", "johnson"),
        ("with doctor patel's office", "patel"), ("is doctor jonson in", "johnson"), ("dr. garcia on friday", "garcia"),
    ])
    func doctors(text: String, expected: String) {
        #expect(FuzzyMatcher.bestMatch(in: text, candidates: Self.doctors)?.candidate == expected, "\(text)")
    }

    @Test("misheard departments", arguments: [
        ("i need cardio ology", "cardiology"), ("the orthopedic clinic", "orthopedics"), ("general medicine", "general medicine"),
        ("pediatric department", "pediatrics"), ("general medecine please", "general medicine"), ("cardiology", "cardiology"),
    ])
    func departments(text: String, expected: String) {
        #expect(FuzzyMatcher.bestMatch(in: text, candidates: Self.departments)?.candidate == expected, "\(text)")
    }

    @Test("no doctor or department in these", arguments: [
        "i want to book an appointment", "tuesday at three", "yes please", "my name is john smith", "", "cancel it",
    ])
    func refusals(text: String) {
        #expect(FuzzyMatcher.bestMatch(in: text, candidates: Self.doctors) == nil, "\(text)")
        #expect(FuzzyMatcher.bestMatch(in: text, candidates: Self.departments) == nil, "\(text)")
    }

    @Test("multi-word and titled candidates; exact is 1; earlier wins ties")
    func shapes() {
        #expect(FuzzyMatcher.bestMatch(in: "doctor raj pastel", candidates: ["raj patel", "ravi patel"])?.candidate == "raj patel")
        #expect(FuzzyMatcher.bestMatch(in: "can i see patel", candidates: ["Dr. Patel"])?.candidate == "Dr. Patel")
        #expect(FuzzyMatcher.bestMatch(in: "patel", candidates: ["patel"])?.score == 1)
        #expect(FuzzyMatcher.bestMatch(in: "patel", candidates: ["Patel", "patel"])?.candidate == "Patel")
        #expect(FuzzyMatcher.bestMatch(in: "doctor pastel", candidates: ["patel"], minimumScore: 0.95) == nil)
    }

    @Test("scores follow the documented formula")
    func formula() {
        // "pastel" vs "patel": one deletion in six letters; keys PSTL vs PTL, one in four.
        #expect(abs(FuzzyMatcher.similarity("pastel", "patel") - (0.5 * (1 - 1.0 / 6) + 0.5 * (1 - 1.0 / 4))) < 1e-12)
        // "petal" vs "patel": two substitutions in five letters; keys equal.
        #expect(abs(FuzzyMatcher.similarity("petal", "patel") - (0.5 * (1 - 2.0 / 5) + 0.5)) < 1e-12)
        // "battle" vs "patel": three edits in six letters; keys equal. "johnston"/"johnson": 1 in 8; JNSTN/JNSN 1 in 5.
        #expect(abs(FuzzyMatcher.similarity("battle", "patel") - (0.5 * (1 - 3.0 / 6) + 0.5)) < 1e-12)
        #expect(abs(FuzzyMatcher.similarity("johnston", "johnson") - (0.5 * (1 - 1.0 / 8) + 0.5 * (1 - 1.0 / 5))) < 1e-12)
        #expect(FuzzyMatcher.similarity("lee", "smith") < 0.3)
    }

    @Test("phonetic keys", arguments: [
        ("patel", "PTL"), ("battle", "PTL"), ("petal", "PTL"), ("pastel", "PSTL"), ("johnson", "JNSN"), ("johnston", "JNSTN"),
        ("garcia", "KRS"), ("smith", "SM0"), ("knight", "NT"), ("phone", "FN"), ("cardiology", "KRTLJ"), ("emily", "AML"),
        ("davis", "TFS"), ("lee", "L"), ("", ""),
    ])
    func keys(word: String, key: String) {
        #expect(PhoneticKey.key(word) == key)
    }
}
