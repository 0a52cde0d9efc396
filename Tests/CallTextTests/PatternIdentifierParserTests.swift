import Testing
@testable import CallText

@Suite("Pattern identifier parser")
struct PatternIdentifierParserTests {
    static let order = IdentifierPattern("W-####")!

    @Test("order ids said against W-####", arguments: [
        "w one zero zero one", "double-u ten oh one", "double u ten oh one", "double you ten oh one", "dub ten zero one",
        "double you one thousand one", "whiskey one zero zero one", "w1001", "W-1001", "W 1001", "w dash one zero zero one",
        "my order number is w one zero zero one", "um it's uh w one oh oh one please", "dubya one double oh one",
        "w as in william one zero zero one", "w ten zero one", "w one zero zero one thanks", "capital w one zero zero one",
        "the order is w one zero zero one i think", "order w 1 0 0 1", "double you won zero zero won",
        "w. one zero zero one", "dub ten oh won",
    ])
    func order(text: String) {
        #expect(PatternIdentifierParser.parse(text, pattern: Self.order) == "W-1001", "\(text)")
    }

    @Test("ids against other patterns", arguments: [
        ("@@######", "a b one two three four five six", "AB123456"),
        ("@@######", "alpha bravo one two three four five six", "AB123456"),
        ("@@######", "zed zee twelve thirty four fifty six", "ZZ123456"),
        ("@@######", "double a one two three four five six", "AA123456"),
        ("@@######", "see dee one two three four five six", "CD123456"),
        ("@@######", "bee why one two three four five six", "BY123456"),
        ("@####", "eight one zero four two", "A1042"), ("@####", "a ten forty two", "A1042"),
        ("A-####", "a one zero four two", "A-1042"), ("A-####", "eight one zero four two", "A-1042"),
        ("###-###", "one two three four five six", "123-456"), ("####", "one oh oh seven", "1007"),
        ("####", "double oh seven one", "0071"), ("####", "triple seven one", "7771"),
        ("@@-##", "x ray yankee dash four two", "XY-42"), ("##@", "four two queue", "42Q"),
        ("@@@", "jay kay el", "JKL"), ("W-####", "w one zero zero one no sorry w one zero zero two", "W-1002"),
        ("ORD-####", "o r d one two three four", "ORD-1234"), ("ORD-####", "one two three four", nil),
    ] as [(String, String, String?)])
    func patterns(pattern: String, text: String, expected: String?) {
        #expect(PatternIdentifierParser.parse(text, pattern: pattern) == expected, "\(pattern): \(text)")
    }

    @Test("no W-#### id in these", arguments: [
        "", "yes", "i would like to book an appointment on tuesday", "w one zero zero", "w one zero zero one two",
        "one zero zero one", "a one zero zero one", "double you", "whiskey", "w", "five five five one two three four",
        "w one two", "my order", "w ten", "eight w one zero zero one one", "to one zero zero one",
        "w for two three",
    ])
    func refusals(text: String) {
        #expect(PatternIdentifierParser.parse(text, pattern: Self.order) == nil, "\(text)")
    }

    @Test("a number run is used whole, not in part")
    func wholeRuns() {
        #expect(PatternIdentifierParser.parse("eight one two three four", pattern: "####") == nil)
        #expect(PatternIdentifierParser.parse("one two three four five", pattern: "####") == nil)
        #expect(PatternIdentifierParser.parse("it is one two three four okay", pattern: "####") == "1234")
    }

    @Test("two ids from the same words are ambiguous")
    func ambiguous() {
        // "double u" is W or UU: the pattern picks, unless both readings fit it
        // ("double u double u" is WUU or UUW for three letters).
        #expect(PatternIdentifierParser.parse("double u one two", pattern: "@##") == "W12")
        #expect(PatternIdentifierParser.parse("double u one two", pattern: "@@##") == "UU12")
        #expect(PatternIdentifierParser.parse("double u double u one two", pattern: "@@@##") == nil)
    }

    @Test("patterns", arguments: [
        ("W-####", true), ("@@######", true), ("", false), ("----", false), ("ABC", false), ("#", true),
        (String(repeating: "#", count: 33), false), (String(repeating: "#", count: 32), true),
    ])
    func patternSyntax(text: String, valid: Bool) {
        #expect((IdentifierPattern(text) != nil) == valid, "\(text)")
    }

    @Test("canonical forms match their pattern")
    func matches() {
        #expect(Self.order.matches("W-1001"))
        #expect(Self.order.matches("w-1001"))
        #expect(!Self.order.matches("W1001"))
        #expect(!Self.order.matches("X-1001"))
        #expect(!Self.order.matches("W-10011"))
        #expect(IdentifierPattern("@@######")!.matches("AB123456"))
    }

    @Test("every spoken id reads back")
    func roundTrip() {
        var random = LCG(seed: 1001)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for pattern in ["W-####", "@@######", "@-###-@", "##@@"].map({ IdentifierPattern($0)! }) {
            for _ in 0..<60 {
                let id = String(pattern.elements.map { element -> Character in
                    switch element {
                    case .digit: Character(String(random.next() % 10))
                    case .letter: letters[Int(random.next() % 26)]
                    case .literal(let ch), .separator(let ch): ch
                    }
                })
                #expect(PatternIdentifierParser.parse(PatternIdentifierParser.spoken(id), pattern: pattern) == id, "\(id)")
            }
        }
    }
}
