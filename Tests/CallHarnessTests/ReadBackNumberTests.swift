import CallScenario
import CallText
import Testing
@testable import CallHarness

/// The caller checks numbers read back digit by digit (order numbers, codes) as it checks
/// days and times, and hears "order" as a thing as often as a request.
@Suite("Caller read-backs of numbers")
struct ReadBackNumberTests {
    func mind(goal: String? = nil) -> CallerMind {
        CallerMind(goal: goal, facts: [:], persona: CallerPersona(), readBack: ReadBackCheck(today: CalendarDate(iso: "2025-06-02")!))
    }

    func said(_ text: String, answered: String? = nil) -> SpokenTurn {
        SpokenTurn(index: 0, kind: answered == nil ? .say : .answer, text: text, start: .zero, end: .zero, segments: [], bargeIn: false,
                   answered: answered, sourceLine: nil)
    }

    @Test("a wrong order number read back is corrected with the right one; the right one is agreed to")
    func correctsNumber() {
        var caller = mind(goal: "I'd like to check on my order.")
        let block = ["order_id": "W one zero zero eight."]
        let history = [said("Where is my order?"), said("W one zero zero eight.", answered: "order_id")]
        let wrong = caller.respond(to: "The order number is W one zero zero two, is that right?", block: block, upcoming: [], said: history)
        #expect(wrong == .say("No, W one zero zero eight.", answered: nil))
        let right = caller.respond(to: "The order number is W one zero zero eight, is that right?", block: block, upcoming: [],
                                   said: history + [said("No, W one zero zero eight.")])
        #expect(right == .say("Yes, please.", answered: nil))
    }

    @Test("numbers of another length, and times, are not digit runs to compare", arguments: [
        ("I'll book ten thirty for you, is that right?", "W one zero zero eight."),
        ("Your code is one two three four five, is that right?", "W one zero zero eight."),
    ])
    func otherNumbers(readBack: String, fact: String) {
        #expect(ReadBackCheck(today: nil).contradictions(in: readBack, facts: [fact]).isEmpty)
    }

    static let requests: [(String, [String])] = [
        ("I need to change the delivery address of my order", ["change"]),
        ("The order number is W one zero zero three, is that right?", []),
        ("Can I order a new one?", ["make"]),
        ("Shall I order a replacement?", ["make"]),
    ]

    @Test("'my order', 'the order number' name a thing; 'order a …' asks for one", arguments: requests)
    func orderAsNoun(text: String, actions: [String]) {
        #expect(RequestedAction.actions(in: text).map(\.rawValue).sorted() == actions)
    }
}
