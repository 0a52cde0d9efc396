import Testing
@testable import CallText

@Suite("Phone parser")
struct PhoneParserTests {
    @Test("numbers read out", arguments: [
        ("five five five one two three four five six seven", "5551234567"),
        ("five five five, one two three, four five six seven", "5551234567"),
        ("my number is five five five one two three four five six seven", "5551234567"),
        ("plus one five five five one two three four five six seven", "+15551234567"),
        ("one five five five one two three four five six seven", "15551234567"),
        ("five five five oh one oh oh", "5550100"), ("five five five zero one zero zero", "5550100"),
        ("double five five one two three four", "5551234"), ("triple seven one two three four", "7771234"),
        ("five five five double oh one two", "5550012"), ("five five five twelve thirty four", "5551234"),
        ("five five five one two three fifty six seventy", "5551235670"),
        ("one eight hundred five five five one two one two", "18005551212"),
        ("five five five two thousand", "5552000"), ("five five five dash one two three four", "5551234"),
        ("um five five five uh one two three four five six seven", "5551234567"),
        ("five five five one two three for five six seven", "5551234567"),
        ("five five five one to three four five six seven", "5551234567"),
        ("five five five won two three four", "5551234"), ("five five five one two three four five six ate", "555123456"),
        ("555-123-4567", "5551234567"), ("(555) 123-4567", "5551234567"), ("555.123.4567", "5551234567"),
        ("+1 555 123 4567", "+15551234567"), ("call me on 5551234567 please", "5551234567"),
        ("it's five five five one two three four five six seven thanks", "5551234567"),
        ("five five five one two three four no sorry five five five one two three five", "5551235"),
        ("plus four four two zero seven nine four six oh oh oh oh", "+442079460000"),
        ("o five five five one two three four", "05551234"),
        ("nought two oh seven nine four six oh oh oh oh", "02079460000"),
        ("five five five one two three four extension two three", "5551234"),
    ])
    func hits(text: String, expected: String) {
        #expect(PhoneParser.parse(text) == expected, "\(text)")
    }

    @Test("no phone number in these", arguments: [
        "", "yes", "i would like to book an appointment on tuesday", "nine one one", "five five five one two three",
        "one two three four five six seven eight nine zero one two three four five six", "nineteen eighty five twenty twenty four",
        "one thousand two hundred", "twelve thirty four fifty six seventy", "my order is w one zero zero one",
        "at three thirty on june third", "i want to go for a walk", "forty nine dollars ninety nine",
        "twenty twenty five twenty twenty six", "i called five times to say one two three", "2025-06-03 at 3:30",
        "born 1985-03-15", "on 6/3/2025 at 10:30", "1,250 1,250 1,250", "99/99/9999",
    ])
    func refusals(text: String) {
        #expect(PhoneParser.parse(text) == nil, "\(text)")
    }

    @Test("homophones count only between digits")
    func homophonesAtEdges() {
        #expect(PhoneParser.parse("for five five five one two three four") == "5551234")
        #expect(PhoneParser.parse("five five five one two three four to") == "5551234")
    }

    @Test("spoken forms", arguments: [
        ("5551234567", "five five five, one two three, four five six seven"),
        ("+15551234567", "plus one, five five five, one two three, four five six seven"),
        ("15551234567", "one, five five five, one two three, four five six seven"),
        ("5550100", "five five five, zero one zero zero"),
        ("+442079460000", "plus four four, two zero seven, nine four six, zero zero zero zero"),
        ("12345678", "one two three, four five six, seven eight"),
        ("1234567890123", "one two three, four five six, seven eight nine, zero one two three"),
    ])
    func spoken(number: String, expected: String) {
        #expect(PhoneParser.spoken(number) == expected)
    }

    @Test("every spoken number reads back")
    func roundTrip() {
        var random = LCG(seed: 5551234)
        for length in 7...15 {
            for _ in 0..<40 {
                let digits = String((0..<length).map { _ in Character(String(random.next() % 10)) })
                for number in [digits, "+" + digits] {
                    #expect(PhoneParser.parse(PhoneParser.spoken(number)) == number, "\(PhoneParser.spoken(number))")
                }
            }
        }
    }
}
