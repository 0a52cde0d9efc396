import Testing
@testable import CallText

@Suite("Person name parser")
struct PersonNameParserTests {
    static let patients = ["John Smith", "Jane Doe", "Emily Davis"]
    /// A domain's own words, as a flow's `notNames` gives them.
    static let notNames: Set<String> = ["appointment", "book", "department", "cardiology"]

    @Test("names callers give", arguments: [
        ("my name is john smith", "John Smith"), ("it's jane doe", "Jane Doe"), ("this is emily davis", "Emily Davis"),
        ("john smith", "John Smith"), ("my name is jane dough", "Jane Doe"),
        ("hi this is jon smith calling about my appointment", "John Smith"), ("emily davies", "Emily Davis"),
        ("my name is robert brown", "Robert Brown"), ("this is maria garcia lopez", "Maria Garcia Lopez"),
        ("yeah it's michael jordan", "Michael Jordan"), ("um my name is uh sarah connor", "Sarah Connor"),
        ("i'm david miller", "David Miller"), ("i'm looking to book for jane doe", "Jane Doe"),
        ("my name's emily davis", "Emily Davis"), ("it is mister john smith", "John Smith"),
    ])
    func names(text: String, expected: String) {
        #expect(PersonNameParser.parse(text, known: Self.patients, notNames: Self.notNames) == expected, "\(text)")
    }

    @Test("no name in these", arguments: [
        "yes please", "i want to book an appointment", "next tuesday", "it's about my appointment", "my name is john",
        "i am looking for doctor patel", "three thirty", "hello", "", "this is for tuesday at three", "cardiology department",
    ])
    func refusals(text: String) {
        #expect(PersonNameParser.parse(text, known: Self.patients, notNames: Self.notNames) == nil, "\(text)")
    }

    @Test("a domain's own words end a name only when the flow names them")
    func domainWords() {
        #expect(PersonNameParser.parse("cardiology department", known: []) == "Cardiology Department")
        #expect(PersonNameParser.parse("cardiology department", known: [], notNames: Self.notNames) == nil)
        #expect(PersonNameParser.parse("my name is jane doe appointment", known: [], notNames: Self.notNames) == "Jane Doe")
    }

    @Test("without known names the spoken name comes back as said")
    func unknown() {
        #expect(PersonNameParser.parse("my name is jane dough", known: []) == "Jane Dough")
        #expect(PersonNameParser.parse("jon smith", known: []) == "Jon Smith")
        #expect(PersonNameParser.parse("my name is jon smithers", known: Self.patients) == "Jon Smithers")
    }
}
