import Testing
@testable import CallText

@Suite("Yes or no")
struct YesNoTests {
    @Test("answers", arguments: [
        ("yes", true), ("yeah", true), ("yep that's it", true), ("sure", true), ("correct", true), ("that's right", true),
        ("please do", true), ("sounds good", true), ("okay", true), ("ok", true), ("yes please book it", true),
        ("uh yeah that works", true), ("no problem", true), ("i don't mind", true), ("of course", true),
        ("absolutely", true), ("all right", true),
        ("no", false), ("nope", false), ("not really", false), ("don't", false), ("wrong", false), ("cancel that", false),
        ("no thank you", false), ("that's not right", false), ("that is not correct", false), ("i don't think so", false),
        ("never mind", false), ("nah", false), ("incorrect", false), ("absolutely not", false), ("of course not", false),
        ("i'd rather not", false),
    ])
    func answers(text: String, expected: Bool) {
        #expect(YesNo.classify(text) == expected, "\(text)")
    }

    @Test("unclear or contradictory", arguments: [
        "yes no", "yeah that's wrong", "maybe", "i'm not sure", "i don't know", "", "tuesday at three",
        "what was that", "hmm", "okay no",
    ])
    func unclear(text: String) {
        #expect(YesNo.classify(text) == nil, "\(text)")
    }

    @Test("a command to cancel is a no, unless the question asks to cancel", arguments: [
        ("cancel it", nil as String?, false as Bool?), ("cancel that", nil, false),
        ("yes please cancel it", "Do you want me to cancel it?", true),
        ("cancel it", "I found your appointment with Dr. Lee on Monday. Do you want me to cancel it?", true),
        ("no don't cancel it", "Do you want me to cancel it?", false),
        ("cancel that", "Shall I book Tuesday at 3:00 PM?", false),
        ("yes please cancel it", "Shall I book Tuesday at 3:00 PM?", nil),
    ])
    func commands(text: String, question: String?, expected: Bool?) {
        #expect(YesNo.classify(text, question: question) == expected, "\(text) / \(question ?? "no question")")
    }
}
