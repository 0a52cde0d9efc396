import CallScenario
import CallText
import Testing
@testable import CallHarness

/// The caller decides from the words it heard: the misunderstandings a person would
/// correct, answers found by what a question asks, a persona that forgets.
@Suite("Caller mind")
struct CallerMindTests {
    static let today = CalendarDate(iso: "2025-06-02")!

    func mind(goal: String? = nil, facts: [String: String] = [:], persona: CallerPersona = .init()) -> CallerMind {
        CallerMind(goal: goal, facts: facts, persona: persona, readBack: ReadBackCheck(today: Self.today))
    }

    func said(_ text: String, answered: String? = nil) -> SpokenTurn {
        SpokenTurn(index: 0, kind: answered == nil ? .say : .answer, text: text, start: .zero, end: .zero, segments: [], bargeIn: false,
                   answered: answered, sourceLine: nil)
    }

    @Test("a booking question heard while cancelling: the caller restates what it wants, not its closing line")
    func wrongTask() {
        var caller = mind(goal: "I need to cancel my appointment.")
        let block = ["has_number": "No, I don't have it.", "patient_name": "My name is Jane Doe.", "confirmation": "Yes, please cancel it."]
        let upcoming: ArraySlice = [CallerTurn(kind: .say("No, that's all."))]
        let decision = caller.respond(to: "Which doctor would you like to see? We have Dr. Johnson in general medicine and Dr. Patel in cardiology.",
                                      block: block, upcoming: upcoming, said: [said("I need to cancel my appointment.")])
        #expect(decision == .say("I need to cancel my appointment.", answered: nil))
        #expect(caller.failedAttempts == 1)
    }

    @Test("'anything else?' before the booking was done: the caller restates it instead of its scripted goodbye")
    func notDoneYet() {
        var caller = mind(goal: "I'd like to book an appointment with Doctor Johnson.")
        let block = ["date": "Friday.", "time": "Ten in the morning.", "confirmation": "Yes."]
        let closing: ArraySlice = [CallerTurn(kind: .say("No, that's all, thank you."))]
        let history = [said("I'd like to book an appointment with Doctor Johnson.")]
        let decision = caller.respond(to: "Dr. Sarah Johnson is our General Medicine specialist. Is there anything else I can help you with?",
                                      block: block, upcoming: closing, said: history)
        #expect(decision == .say("I'd like to book an appointment with Doctor Johnson.", answered: nil))
        // Once the agent said it was done, the goodbye is next.
        caller.hear("You're all set. Your appointment is confirmed for Friday at 10:00 AM.")
        #expect(caller.respond(to: "Is there anything else I can help you with?", block: block, upcoming: closing, said: history) == .next)
    }

    @Test("a yes/no question after the agent took the wrong task: no, and what the caller wants")
    func wrongTaskQuestion() {
        var caller = mind(goal: "I'd like to book an appointment with Doctor Johnson.")
        let decision = caller.respond(to: "I can help you cancel. Do you have your appointment number?", block: ["date": "Friday."],
                                      upcoming: [], said: [said("I'd like to book an appointment with Doctor Johnson.")])
        #expect(decision == .say("No. I'd like to book an appointment with Doctor Johnson.", answered: nil))
        // Cancelling, the same question is answered.
        var cancelling = mind(goal: "I need to cancel my appointment.")
        let answer = cancelling.respond(to: "I can help you cancel. Do you have your appointment number?", block: ["has_number": "No, I don't have it."],
                                        upcoming: [], said: [said("I need to cancel my appointment.")])
        #expect(answer == .say("No, I don't have it.", answered: "has_number"))
    }

    @Test("a read-back that mentions an order is no offer of something else; a refusal is taken as the answer")
    func nounsAndRefusals() {
        var changing = mind(goal: "I need to change the delivery address of my order.")
        let readBack = changing.respond(to: "So I'll send order W one zero zero three to your work address instead. Is that right?",
                                        block: ["confirmation": "Yes, that's right."], upcoming: [],
                                        said: [said("I need to change the delivery address of my order.")])
        #expect(readBack == .say("Yes, that's right.", answered: "confirmation"))
        var returning = mind(goal: "I want to send back an order and get a refund.")
        returning.hear("I'm sorry, I can't start that return: it was delivered more than 30 days ago.")
        let closing: ArraySlice = [CallerTurn(kind: .say("Okay, thank you. That's all."))]
        #expect(returning.respond(to: "Is there anything else I can help you with?", block: ["order_id": "W one zero zero five."], upcoming: closing,
                                  said: [said("I want to send back an order and get a refund.")]) == .next)
    }

    @Test("'what would you like to change? the doctor, the day or the time?' gets the fact the read-back got wrong")
    func whatToChange() {
        var caller = mind(goal: "I'd like to book with Doctor Lee.")
        let block = ["date": "Thursday.", "time": "Ten in the morning.", "confirmation": "Yes, please."]
        let history = [said("I'd like to book with Doctor Lee."), said("Ten in the morning.", answered: "time")]
        // A read-back of a day the caller never gave: it says no with the day it wants.
        let first = caller.respond(to: "Let me confirm. An appointment for Jane Doe with Dr. Lee on Sunday, June eighth at 10:00 AM. Shall I book that?",
                                   block: block, upcoming: [], said: history)
        #expect(first == .say("No, Thursday.", answered: nil))
        let second = caller.respond(to: "What would you like to change? The doctor, the day or the time?", block: block, upcoming: [],
                                    said: history + [said("No, Thursday.")])
        #expect(second == .say("Thursday.", answered: "date"))
    }

    @Test("every contradicted fact is corrected at once, not only the last one")
    func correctsEverything() {
        var caller = mind()
        let block = ["date": "Thursday.", "time": "Eleven in the morning."]
        let decision = caller.respond(to: "So that's Sunday, June eighth at 3:00 PM. Is that right?", block: block, upcoming: [],
                                      said: [said("I'd like to see Doctor Patel.")])
        #expect(decision == .say("No, Thursday, Eleven in the morning.", answered: nil))
    }

    @Test("asked whether it is an emergency, a booking caller in the middle of its read-back says no, not its confirmation")
    func notAnEmergency() {
        var caller = mind(goal: "I'd like to book an appointment.")
        let block = ["date": "Friday.", "time": "Ten in the morning.", "confirmation": "Yes."]
        let decision = caller.respond(to: "Is this a medical emergency?", block: block, upcoming: [CallerTurn(kind: .say("No, that's all."))],
                                      said: [said("I'd like to book an appointment."), said("Yes.", answered: "confirmation")])
        #expect(decision == .say("No.", answered: nil))
    }

    @Test("'shall I book that?' again right after the caller's correction, with nothing read back: the correction again, not a yes")
    func correctionNotTaken() {
        var caller = mind(goal: "I'd like to book with Doctor Johnson.")
        let block = ["date": "Friday.", "time": "Ten in the morning.", "confirmation": "Yes."]
        var history = [said("I'd like to book with Doctor Johnson."), said("Friday.", answered: "date")]
        let first = caller.respond(to: "Let me confirm. An appointment with Dr. Sarah Johnson on Friday, June sixth at 1:00 PM. Shall I book that?",
                                   block: block, upcoming: [], said: history)
        #expect(first == .say("No, Ten in the morning.", answered: nil))
        history.append(said("No, Ten in the morning."))
        let second = caller.respond(to: "Sorry, shall I book that appointment? Please say yes or no.", block: block, upcoming: [], said: history)
        guard case .say(let text, nil) = second else { Issue.record("\(second)"); return }
        #expect(text.hasPrefix("No, "), "\(text)")
        #expect(TimeParser.parse(text) == TimeParser.parse("ten in the morning"), "\(text)")
        // Read back right, it is agreed to.
        history.append(said(text))
        let third = caller.respond(to: "Let me confirm. An appointment with Dr. Sarah Johnson on Friday, June sixth at 10:00 AM. Shall I book that?",
                                   block: block, upcoming: [], said: history)
        #expect(third == .say("Yes.", answered: "confirmation"))
    }

    @Test("a read-back with someone else's name is corrected with the caller's own")
    func ownName() {
        var caller = mind(goal: "I'd like to book with Doctor Johnson.")
        let block = ["patient_name": "Robert Brown.", "date": "Friday.", "time": "Ten in the morning.", "confirmation": "Yes."]
        let history = [said("I'd like to book with Doctor Johnson."), said("Robert Brown.", answered: "patient_name")]
        let first = caller.respond(to: "Let me confirm. An appointment for Heart Brown with Dr. Sarah Johnson on Friday, June sixth at 10:00 AM. Shall I book that?",
                                   block: block, upcoming: [], said: history)
        guard case .say(let text, nil) = first else { Issue.record("\(first)"); return }
        #expect(text.hasPrefix("No, ") && text.contains("Robert Brown"), "\(text)")
        let right = caller.respond(to: "Let me confirm. An appointment for Robert Brown with Dr. Sarah Johnson on Friday, June sixth at 10:00 AM. Shall I book that?",
                                   block: block, upcoming: [], said: history + [said(text)])
        #expect(right == .say("Yes.", answered: "confirmation"))
    }

    @Test("a read-back that matches is agreed to with the caller's own confirmation")
    func agrees() {
        var caller = mind()
        let block = ["date": "Thursday, please.", "time": "Eleven in the morning.", "confirmation": "Yes, please book it."]
        let decision = caller.respond(to: "An appointment for John Smith with Dr. Raj Patel on Thursday, June fifth at 11:00 AM. Shall I book that?",
                                      block: block, upcoming: [], said: [said("Hi, I'd like to book an appointment with Doctor Patel.")])
        #expect(decision == .say("Yes, please book it.", answered: "confirmation"))
    }

    @Test("answers are found by what the question asks, whatever the facts are called", arguments: [
        ("May I have your full name, please?", "caller_name"),
        ("And your date of birth?", "dob"),
        ("What day would you like to come in?", "preferred_day"),
        ("what time works for you", "preferred_time"),
        ("What is your order number?", "order_id"),
        ("Do you have your order number?", "has_order_number"),
    ])
    func byWhatIsAsked(question: String, fact: String) {
        var caller = mind(facts: ["caller_name": "Maria Lopez.", "dob": "March fourth, nineteen eighty.", "preferred_day": "Friday.",
                                  "preferred_time": "Ten in the morning.", "order_id": "W one zero zero one.", "has_order_number": "Yes, I do."])
        let decision = caller.respond(to: question, block: nil, upcoming: [], said: [])
        guard case .say(_, let answered) = decision else { Issue.record("\(question): \(decision)"); return }
        #expect(answered == fact, "\(question)")
    }

    @Test("a forgetful caller does not know its date of birth the first time, then gives it, whatever the scenario calls it",
          arguments: [("date_of_birth", "date of birth"), ("birthday", "birthday"), ("dob", "dob")])
    func forgets(fact: String, words: String) {
        var caller = mind(facts: [fact: "July twenty second, nineteen ninety."], persona: CallerPersona.presets["forgetful"]!)
        let first = caller.respond(to: "And your date of birth?", block: nil, upcoming: [], said: [])
        #expect(first == .say("Sorry, I don't remember my \(words) right now.", answered: nil))
        let second = caller.respond(to: "Sorry, what is your date of birth? For example, March fifteenth, nineteen eighty five.", block: nil,
                                    upcoming: [], said: [])
        #expect(second == .say("July twenty second, nineteen ninety.", answered: fact))
    }

    @Test("the caller names its own facts in its words", arguments: [
        ("caller_name", "name"), ("member_name", "name"), ("last_name", "last name"), ("date_of_birth", "date of birth"),
        ("order_id", "order id"), ("my_phone", "phone"),
    ])
    func ownWords(fact: String, words: String) {
        #expect(CallerMind.ownWords(for: fact) == words)
    }

    @Test("a fact of another kind is not forgotten")
    func remembersOthers() {
        var caller = mind(facts: ["full_name": "Jane Doe."], persona: CallerPersona.presets["forgetful"]!)
        #expect(caller.respond(to: "May I have your full name, please?", block: nil, upcoming: [], said: []) == .say("Jane Doe.", answered: "full_name"))
    }

    @Test("out of patience the caller asks for a person, then hangs up")
    func patience() {
        var caller = mind(goal: "I want to cancel my appointment.", persona: CallerPersona(patience: 1))
        let wrong = "Which doctor would you like to see?"
        #expect(caller.respond(to: wrong, block: [:], upcoming: [], said: [said("x")]) == .say("I want to cancel my appointment.", answered: nil))
        #expect(caller.respond(to: wrong, block: [:], upcoming: [], said: [said("x")]) == .say("Can I speak to a person, please?", answered: nil))
        #expect(caller.respond(to: wrong, block: [:], upcoming: [], said: [said("x")]) == .say("I want to cancel my appointment.", answered: nil))
        #expect(caller.respond(to: wrong, block: [:], upcoming: [], said: [said("x")]) == .hangUp)
    }

    @Test("a question the next scripted turn answers moves on to it")
    func nextTurn() {
        var caller = mind()
        let keypad: ArraySlice = [CallerTurn(kind: .dtmf("1002#"))]
        #expect(caller.respond(to: "Please say your appointment number, or type it on your keypad.", block: ["has_number": "Yes."],
                               upcoming: keypad, said: []) == .next)
        #expect(caller.respond(to: "Is there anything else I can help you with?", block: ["x": "y"], upcoming: [CallerTurn(kind: .say("No, thanks."))],
                               said: []) == .next)
    }
}
