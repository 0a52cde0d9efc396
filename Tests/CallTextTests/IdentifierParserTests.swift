import Testing
@testable import CallText

@Suite("Identifier parser")
struct IdentifierParserTests {
    static let appointments = ["A-1042", "A-1043", "P-1001", "B-2210"]

    @Test("ids read out", arguments: [
        ("a one zero four two", "A-1042"), ("a ten forty two", "A-1042"), ("appointment one zero four two", "A-1042"),
        ("1042", "A-1042"), ("A-1042", "A-1042"), ("it's a one oh four three", "A-1043"),
        ("one thousand forty two", "A-1042"), ("eight one zero four two", "A-1042"), ("p one double oh one", "P-1001"),
        ("b twenty two ten", "B-2210"), ("my appointment number is a ten forty three please", "A-1043"),
        ("a1043", "A-1043"), ("p one thousand one", "P-1001"), ("um it's p. one zero zero one", "P-1001"),
    ])
    func hits(text: String, expected: String) {
        #expect(IdentifierParser.parse(text, known: Self.appointments) == expected, "\(text)")
    }

    @Test("no known id in these", arguments: [
        "a one zero four four", "one zero four", "tuesday at three", "yes", "", "a ten forty", "my appointment",
        "one zero four five",
    ])
    func refusals(text: String) {
        #expect(IdentifierParser.parse(text, known: Self.appointments) == nil, "\(text)")
    }

    @Test("the letter picks between ids with the same digits")
    func letters() {
        let known = ["A-1042", "P-1042"]
        #expect(IdentifierParser.parse("p one zero four two", known: known) == "P-1042")
        #expect(IdentifierParser.parse("a one zero four two", known: known) == "A-1042")
        #expect(IdentifierParser.parse("pee ten forty two", known: known) == "P-1042")
        #expect(IdentifierParser.parse("one zero four two", known: known) == nil)
    }

    @Test("grouped readings of number words")
    func readings() {
        let words = "ten forty two".split(separator: " ").map(String.init)
        #expect(IdentifierParser.readings(words[...]) == ["10402", "1042"])
    }
}
