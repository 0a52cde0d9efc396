import Testing
@testable import CallText

@Suite("Prompt reader: what an agent's words ask")
struct PromptReaderTests {
    @Test("questions for a value, with and without punctuation", arguments: [
        ("What day would you like to come in?", HeardPrompt.Subject.date),
        ("what day would you like to come in", .date),
        ("And what time would suit you?", .time),
        ("May I have your full name, please?", .name),
        ("Sorry, could you say your first and last name again?", .name),
        ("And your date of birth?", .dateOfBirth),
        ("and your date of birth", .dateOfBirth),
        ("Please say your appointment number, or type it on your keypad.", .identifier),
        ("What is your order number?", .identifier),
        ("What's the best phone number to reach you?", .phone),
        ("Can I get your email address?", .email),
        ("What day would you like to move it to?", .date),
        ("How much was the refund?", .amount),
        ("Which doctor would you like to see? We have Dr. Johnson in general medicine and Dr. Patel in cardiology.", .other),
    ])
    func asks(text: String, subject: HeardPrompt.Subject) {
        #expect(PromptReader.read(text).kind == .asks(subject), "\(text)")
    }

    @Test("questions that ask to agree", arguments: [
        "Let me confirm. An appointment for John Smith with Dr. Raj Patel on Thursday, June fifth at 11:00 AM. Shall I book that?",
        "I found your appointment with Dr. Sarah Johnson. Do you want me to cancel it?",
        "So I'll move your appointment to Friday at 2:00 PM. Is that right?",
        "I'm sorry, that time is already taken. The nearest opening is Tuesday at 3:30 PM. Would that work for you?",
        "Cancel appointment A one zero zero two?",
        "sorry shall i book that appointment please say yes or no",
    ])
    func confirms(text: String) {
        #expect(PromptReader.read(text).kind == .confirm, "\(text)")
    }

    @Test("an offer of something else is marked")
    func offer() {
        let prompt = PromptReader.read("I'm sorry, that time is already taken. The nearest opening is Tuesday at 3:30 PM. Would that work for you?")
        #expect(prompt.isOffer)
        #expect(!PromptReader.read("Shall I book that?").isOffer)
    }

    @Test("yes/no questions about something carry its topic", arguments: [
        ("I can help you cancel. Do you have your appointment number?", ["appointment", "number"]),
        ("Sorry, did you want to end the call?", ["end", "call"]),
        ("do you have your order number", ["order", "number"]),
        ("Is this a medical emergency?", ["medical", "emergency"]),
    ])
    func yesNo(text: String, topic: [String]) {
        let prompt = PromptReader.read(text)
        #expect(prompt.kind == .yesNo, "\(text)")
        #expect(prompt.topic == topic)
    }

    @Test("choices list their options", arguments: [
        ("What would you like to change? The doctor, the day or the time?", ["doctor", "day", "time"]),
        ("Sorry, which doctor was that? Johnson, Patel, Lee or Garcia?", ["johnson", "patel", "lee", "garcia"]),
        ("Would you like to come in the morning or the afternoon?", ["morning", "afternoon"]),
        ("is that for delivery or pickup", ["delivery", "pickup"]),
    ])
    func choices(text: String, options: [String]) {
        #expect(PromptReader.read(text).kind == .choice(options), "\(text)")
    }

    @Test("open questions, anything else, and statements", arguments: [
        ("Thank you for calling City General Hospital. How can I help you today?", HeardPrompt.Kind.open),
        ("I can help you book or cancel an appointment. What would you like to do?", .open),
        ("how may i help you", .open),
        ("Is there anything else I can help you with?", .anythingElse),
        ("You're all set. Your confirmation number is A one zero one two. Is there anything else I can help you with?", .anythingElse),
        ("Your appointment has been cancelled.", .statement),
        ("Thank you for calling. Goodbye!", .statement),
        ("one moment please", .statement),
    ])
    func kinds(text: String, kind: HeardPrompt.Kind) {
        #expect(PromptReader.read(text).kind == kind, "\(text)")
    }

    @Test("the question's topic leaves out question and function words")
    func topic() {
        #expect(PromptReader.read("Which doctor would you like to see?").topic == ["doctor"])
        #expect(PromptReader.read("What is your order number?").topic == ["order", "number"])
    }

    @Test("a chat model's phrasings", arguments: [
        ("Dr. Patel is free on Thursday. What time works for you?", HeardPrompt.Kind.asks(.time)),
        ("Sure. Which day would you like to come in?", .asks(.date)),
        ("Could I have your full name, please?", .asks(.name)),
        ("Thanks, John. And what is your date of birth?", .asks(.dateOfBirth)),
        ("Dr. Patel, Thursday June 5 at 11:00 AM for John Smith. Shall I book it?", .confirm),
        ("What is the appointment ID?", .asks(.identifier)),
        ("Your appointment is confirmed.", .statement),
    ])
    func modelPhrasings(text: String, kind: HeardPrompt.Kind) {
        #expect(PromptReader.read(text).kind == kind, "\(text)")
    }
}
