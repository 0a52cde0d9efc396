import Testing
@testable import CallText

@Suite("Intent matcher")
struct IntentMatcherTests {
    static let matcher = IntentMatcher(intents: [
        .init(name: "book", keywords: ["book", "schedule", "make an appointment", "new appointment"],
              examples: ["i would like to book an appointment", "can i see a doctor", "i need an appointment with doctor patel"]),
        .init(name: "cancel", keywords: ["cancel", "call off"],
              examples: ["i need to cancel my appointment", "i can't make it"]),
        .init(name: "reschedule", keywords: ["reschedule", "move my appointment", "change my appointment", "different time"],
              examples: ["can we move it to another day", "i need to change the time"]),
        .init(name: "doctor_info", keywords: ["which doctors", "specialty", "doctor information"],
              examples: ["what kind of doctor is doctor patel", "tell me about doctor lee"]),
        .init(name: "transfer", keywords: ["human", "person", "operator", "representative", "receptionist"],
              examples: ["can i talk to a real person", "let me speak to someone"]),
        .init(name: "goodbye", keywords: ["bye", "goodbye", "that's all"],
              examples: ["thank you that is all", "have a nice day"]),
    ])

    @Test("what callers want", arguments: [
        ("i'd like to book an appointment with doctor patel", "book"), ("i need to cancer my appointment", "cancel"),
        ("can i reschedule to thursday", "reschedule"), ("i want to move my appointment to friday", "reschedule"),
        ("can i talk to a real person", "transfer"), ("let me speak to an operator", "transfer"),
        ("okay thanks bye", "goodbye"), ("what does doctor lee specialize in", "doctor_info"),
        ("schedule a checkup", "book"), ("i can't make it tomorrow", "cancel"), ("good bye", "goodbye"),
        ("i need to see a doctor", "book"), ("get me a humane being", "transfer"), ("could i have a different time", "reschedule"),
    ])
    func intents(text: String, expected: String) {
        #expect(Self.matcher.match(text)?.name == expected, "\(text): \(Self.matcher.scores(text))")
    }

    @Test("nothing declared matches these", arguments: [
        "what's the weather like", "tuesday at three", "hmm", "", "by three pm", "my name is john smith",
    ])
    func refusals(text: String) {
        #expect(Self.matcher.match(text) == nil, "\(text): \(Self.matcher.scores(text))")
    }

    @Test("a keyword alone scores 0.7; an exact example scores 1; ties go to the earlier intent")
    func scoring() throws {
        let matcher = IntentMatcher(intents: [
            .init(name: "first", keywords: ["refill"]),
            .init(name: "second", keywords: ["refill"]),
            .init(name: "example", keywords: [], examples: ["where is the pharmacy"]),
        ])
        let refill = try #require(matcher.match("i need a refill"))
        #expect(refill.name == "first")
        #expect(abs(refill.score - 0.7) < 1e-12)
        let pharmacy = try #require(matcher.match("where is the pharmacy"))
        #expect(pharmacy.name == "example" && pharmacy.score == 1)
    }
}
