import Testing
@testable import AgentTools

@Suite("JSON subsets: what an expected answer asks of an actual one")
struct JSONSubsetTests {
    static let answer: JSONValue = try! JSONValue(parsing: """
        {"id": 7, "status": "booked", "paid": false, "note": null, "amount": 12.5,
         "patient": {"name": "Jane Doe", "ids": ["P-1002"]},
         "slots": [{"time": "9:00 AM", "free": true}, {"time": "10:00 AM", "free": false}],
         "first name": "Jane"}
        """)

    @Test("a subset holds", arguments: [
        [:],
        ["status": "booked"],
        ["id": 7.0, "amount": 12.50],
        ["paid": false, "note": nil],
        ["patient": ["name": "Jane Doe"]],
        ["patient": [:], "slots": [[:], [:]]],
        ["slots": [["time": "9:00 AM"], ["free": false]]],
        ["first name": "Jane"],
    ] as [JSONValue])
    func holds(expected: JSONValue) {
        #expect(Self.answer.subsetMismatch(expected) == nil)
    }

    @Test("a mismatch names the first path that differs, what it is and what was expected", arguments: [
        (["status": "cancelled"], #"$.status is "booked", expected "cancelled""#),
        (["status": "Booked"], #"$.status is "booked", expected "Booked""#),
        (["id": "7"], #"$.id is 7, expected "7""#),
        (["id": 8], "$.id is 7, expected 8"),
        (["paid": nil], "$.paid is false, expected null"),
        (["note": false], "$.note is null, expected false"),
        (["patient": ["name": "Jane Doe", "born": "1990-07-22"]], #"$.patient.born is missing, expected "1990-07-22""#),
        (["patient": ["ids": ["P-1002", "P-1003"]]], "$.patient.ids has 1 item, expected 2"),
        (["slots": [["free": true]]], "$.slots has 2 items, expected 1"),
        (["slots": [["free": true], ["free": true]]], "$.slots[1].free is false, expected true"),
        (["patient": "Jane Doe"], #"$.patient is {"ids":["P-1002"],"name":"Jane Doe"}, expected "Jane Doe""#),
        (["slots": ["time": "9:00 AM"]], #"$.slots is [{"free":true,"time":"9:00 AM"},{"free":false,"time":"10:00 AM"}], expected {"time":"9:00 AM"}"#),
        (["first name": "John"], #"$["first name"] is "Jane", expected "John""#),
        (["a": 1, "id": 8], "$.a is missing, expected 1"),
    ] as [(JSONValue, String)])
    func mismatch(expected: JSONValue, message: String) {
        #expect(Self.answer.subsetMismatch(expected) == message)
    }

    @Test("a long value is cut to one short line")
    func longValue() throws {
        let actual: JSONValue = ["text": .string(String(repeating: "x", count: 200))]
        let message = try #require(actual.subsetMismatch(["text": "y"]))
        #expect(message.hasPrefix("$.text is \"xxx") && message.hasSuffix("..., expected \"y\""))
        #expect(message.count < 120)
    }
}
