import AgentTools
import CallText
import Testing
@testable import VoicePipeline

/// The flow's generic slot kinds, on the text a recognizer gives — with its errors.
@Suite("Flow slot kinds")
struct FlowSlotKindTests {
    /// What the last slot query was asked, with its bound slots.
    final class QueryLog { var calls: [(String, [String: String])] = [] }

    static func engine(_ slots: [String: SlotDefinition], entities: [String: [String]] = [:], log: QueryLog = QueryLog(),
                       query: @escaping ([String: String]) -> [String] = { _ in [] }) -> FlowEngine {
        let flow = FlowDefinition(start: "x", slots: slots, intents: [], globalRoutes: [:], nodes: [:],
                                  noInput: NoInputPolicy(prompt: "", maxAttempts: 1, then: "x"), corpus: [])
        let context = FlowContext(today: CalendarDate(iso: "2025-06-02")!, entities: { entities[$0] ?? [] }, handoffTool: nil,
                                  query: { sql, slots in log.calls.append((sql, slots)); return query(slots) })
        return FlowEngine(flow: flow, tools: NoTools(), context: context)
    }

    static let reasons = SlotDefinition(kind: .choice, aliases: ["too small": "wrong size", "broken": "damaged"],
                                        values: ["damaged", "wrong size", "wrong item", "changed my mind"])

    @Test("a choice among listed values, with aliases, despite recognition errors", arguments: [
        ("it was damaged", "damaged"), ("it was damage", "damaged"), ("it arrived dam aged", "damaged"),
        ("it's the wrong sighs", "wrong size"), ("it's too small", "wrong size"), ("the wrong items came", "wrong item"),
        ("i changed my mine", "changed my mind"), ("it came broken", "damaged"),
    ])
    func listedChoice(text: String, value: String) {
        #expect(Self.engine(["reason": Self.reasons]).parse("reason", from: text)?.value == value)
    }

    @Test("a choice names nothing listed: no value", arguments: ["hello is anyone there", "yes please", ""])
    func noChoice(text: String) {
        #expect(Self.engine(["reason": Self.reasons]).parse("reason", from: text) == nil)
    }

    @Test("a choice read from a query of the database, its :slot parameters bound to the slots filled", arguments: [
        ("my work address please", "work"), ("send it to the office", "work"), ("um send it to my work place", "work"), ("home please", "home"),
    ])
    func queriedChoice(text: String, value: String) {
        let log = QueryLog()
        let engine = Self.engine(["address": SlotDefinition(kind: .choice, aliases: ["office": "work"], query: "SELECT label FROM addresses WHERE o = :order_id"),
                                  "order_id": SlotDefinition(kind: .identifier, pattern: IdentifierPattern("W-####"))],
                                 log: log, query: { slots in slots["order_id"] == "W-1003" ? ["home", "work"] : [] })
        engine.assign("order_id", "W-1003")
        #expect(engine.parse("address", from: text)?.value == value)
        #expect(log.calls.last?.0 == "SELECT label FROM addresses WHERE o = :order_id")
        #expect(log.calls.last?.1 == ["order_id": "W-1003"])
    }

    @Test("an identifier of a spoken pattern, however it is said", arguments: [
        "w one zero zero one", "it's double u ten oh one", "dub one zero zero one", "double you one thousand one",
        "whiskey one zero zero one", "w one zero zero won", "the order number is w1001", "uh w one oh oh one",
    ])
    func patternIdentifier(text: String) {
        let engine = Self.engine(["order_id": SlotDefinition(kind: .identifier, pattern: IdentifierPattern("W-####"))])
        let value = engine.parse("order_id", from: text)
        #expect(value?.value == "W-1001", "\(text)")
        #expect(value?.spoken == "W one zero zero one")
    }

    @Test("too few digits, or none, give no identifier", arguments: ["w one zero zero", "my order please", "eight one two three four"])
    func noIdentifier(text: String) {
        #expect(Self.engine(["order_id": SlotDefinition(kind: .identifier, pattern: IdentifierPattern("W-####"))]).parse("order_id", from: text) == nil)
    }

    @Test("known ids first (their letter may be misheard), then any id of the pattern")
    func knownThenPattern() {
        let slot = SlotDefinition(kind: .identifier, values: ["W-1001", "W-1002"], pattern: IdentifierPattern("W-####"))
        let engine = Self.engine(["order_id": slot])
        #expect(engine.parse("eight one zero zero two", from: "")?.value == nil)
        #expect(engine.parse("order_id", from: "it's double you one zero zero two thanks")?.value == "W-1002")
        #expect(engine.parse("order_id", from: "bee one zero zero two")?.value == "W-1002", "the digits of a known id, whatever the letter")
        #expect(engine.parse("order_id", from: "w one zero nine nine")?.value == "W-1099", "an unknown id of the pattern")
    }

    @Test("a number", arguments: [("forty two", "42"), ("fourty two please", "42"), ("uh two point five", "2.5"), ("make it three", "3"),
                                  ("one hundred and five", "105")])
    func number(text: String, value: String) {
        #expect(Self.engine(["quantity": SlotDefinition(kind: .number)]).parse("quantity", from: text)?.value == value)
    }

    @Test("an amount of money; a bare number counts only when the caller was asked for one", arguments: [
        ("forty nine dollars and ninety nine cents", false, "49.99"), ("twenty bucks", false, "20.00"), ("a buck fifty", false, "1.50"),
        ("forty nine ninety nine", true, "49.99"), ("forty nine ninety nine", false, nil), ("twelve fifty", true, "12.50"),
    ] as [(String, Bool, String?)])
    func money(text: String, asked: Bool, value: String?) {
        #expect(Self.engine(["amount": SlotDefinition(kind: .money)]).parse("amount", from: text, asked: asked)?.value == value)
    }

    @Test("a phone number", arguments: [
        "five five five zero one four two three seven seven", "five five five oh one four two three seven seven",
        "double five five zero one four two three seven seven", "it's five five five zero one four two three seven seven thanks",
        "five five five zero one four two three seven seven",
    ])
    func phone(text: String) {
        let value = Self.engine(["phone": SlotDefinition(kind: .phone)]).parse("phone", from: text)
        #expect(value?.value == "5550142377", "\(text)")
        #expect(value?.spoken == "five five five, zero one four, two three seven seven")
    }

    @Test("an email address, spoken or spelled", arguments: [
        "maria dot lopez at example dot com", "it's maria dot lopez at example dot come", "m a r i a dot lopez at example dot com",
        "maria.lopez@example.com",
    ])
    func email(text: String) {
        #expect(Self.engine(["email": SlotDefinition(kind: .email)]).parse("email", from: text)?.value == "maria.lopez@example.com", "\(text)")
    }

    @Test("values set from tool results get their kind's spoken form, and templates speak results with filters")
    func spokenForms() {
        let engine = Self.engine(["refund": SlotDefinition(kind: .money), "phone": SlotDefinition(kind: .phone),
                                  "order_id": SlotDefinition(kind: .identifier, pattern: IdentifierPattern("W-####"))])
        engine.assign("refund", "64.50")
        engine.assign("order_id", "W-1001")
        engine.state.result = ["total": "120.00", "id": "W-1004", "phone": "5550142377", "on": "2025-06-05"]
        #expect(engine.render("{refund.spoken} for {order_id.spoken}") == "sixty four dollars and fifty cents for W one zero zero one")
        #expect(engine.render("{result.total|money}, {result.id|id}, {result.phone|phone}, {result.on|date}")
                == "one hundred twenty dollars, W one zero zero four, five five five, zero one four, two three seven seven, Thursday, June fifth")
        #expect(engine.render("{result.missing|money}") == "")
    }
}
