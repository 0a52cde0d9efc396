import Foundation
import Testing
@testable import AgentTools

@Suite("JSON values")
struct JSONValueTests {
    static let samples: [JSONValue] = [
        nil, true, false, 0, -7, 3.5, 1e-7, 1e20, "", "Dr. Patel — 3:00 PM", "quote \" backslash \\ newline \n tab \t bell \u{07}",
        [], [1, "two", nil, [false]], [:],
        ["doctor": "Dr. Raj Patel", "slots": ["3:30 PM", "4:00 PM"], "nested": ["a": ["b": [1.25, -0.5]]], "none": nil],
    ]

    @Test("JSONEncoder and JSONDecoder round trip", arguments: samples)
    func codableRoundTrip(value: JSONValue) throws {
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test("jsonString parses back to the same value, compact and pretty", arguments: samples)
    func textRoundTrip(value: JSONValue) throws {
        #expect(try JSONValue(parsing: value.jsonString()) == value)
        #expect(try JSONValue(parsing: value.jsonString(pretty: true)) == value)
        // Foundation's own parser agrees that it is JSON.
        _ = try JSONSerialization.jsonObject(with: Data(value.jsonString().utf8), options: [.fragmentsAllowed])
    }

    @Test("keys are sorted at every level, whatever the insertion order")
    func sortedKeys() {
        let a: JSONValue = ["b": 1, "a": 2, "c": ["z": 1, "y": [["k2": 0, "k1": 0]]]]
        #expect(a.jsonString() == #"{"a":2,"b":1,"c":{"y":[{"k1":0,"k2":0}],"z":1}}"#)
        var object: [String: JSONValue] = [:]
        for key in ["delta", "alpha", "charlie", "bravo"] { object[key] = .string(key) }
        #expect(JSONValue.object(object).jsonString() == #"{"alpha":"alpha","bravo":"bravo","charlie":"charlie","delta":"delta"}"#)
    }

    @Test("numbers: integral ones have no fraction", arguments: [
        (JSONValue.number(3), "3"), (.number(-42), "-42"), (.number(-0.0), "0"), (.number(3.5), "3.5"),
        (.number(0.1), "0.1"), (.number(1e20), "1e+20"), (.number(.nan), "null"), (.number(.infinity), "null"),
    ])
    func numbers(value: JSONValue, text: String) {
        #expect(value.jsonString() == text)
    }

    @Test("strings escape quotes, backslashes and control characters")
    func escaping() {
        let value: JSONValue = "a\"b\\c\nd\u{01}é"
        #expect(value.jsonString() == #""a\"b\\c\nd\u0001é""#)
    }

    @Test("pretty output indents by two spaces")
    func pretty() {
        let value: JSONValue = ["b": [1, 2], "a": [:], "c": []]
        #expect(value.jsonString(pretty: true) == "{\n  \"a\": {},\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": []\n}")
    }

    @Test("Codable encodes plain JSON, not a tagged enum")
    func plainEncoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value: JSONValue = ["a": [1, true, nil, "x"], "b": 2.5]
        #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == #"{"a":[1,true,null,"x"],"b":2.5}"#)
    }

    @Test("parsing keeps booleans and numbers apart")
    func parsing() throws {
        #expect(try JSONValue(parsing: "true") == .bool(true))
        #expect(try JSONValue(parsing: "1") == .number(1))
        #expect(try JSONValue(parsing: #"{"n": 1.5, "s": "x"}"#) == ["n": 1.5, "s": "x"])
        #expect(throws: (any Error).self) { try JSONValue(parsing: "{nope") }
    }

    @Test("accessors")
    func accessors() {
        let value: JSONValue = ["name": "Patel", "count": 3, "ratio": 0.5, "ok": true, "list": [1, 2], "none": nil]
        #expect(value["name"]?.string == "Patel")
        #expect(value["count"]?.int == 3)
        #expect(value["ratio"]?.int == nil)
        #expect(value["ratio"]?.number == 0.5)
        #expect(value["ok"]?.bool == true)
        #expect(value["list"]?.array?.count == 2)
        #expect(value["list"]?[1] == 2)
        #expect(value["list"]?[2] == nil)
        #expect(value["none"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["name"]?["x"] == nil)
        #expect(value.object?.count == 6)
    }

    @Test("tool calls read arguments from JSON text")
    func toolCallArguments() throws {
        let call = try ToolCall(id: "c1", name: "get_doctor_info", argumentsJSON: #"{"doctor_name": "Dr. Lee"}"#)
        #expect(call.arguments == ["doctor_name": "Dr. Lee"])
        #expect(try ToolCall(id: "c2", name: "x", argumentsJSON: "  ").arguments.isEmpty)
        #expect(throws: ToolCallError.self) { try ToolCall(id: "c3", name: "x", argumentsJSON: "[1]") }
    }
}
