import Foundation
import Testing
@testable import CallProviders

@Suite("server-sent events")
struct ServerSentEventParserTests {
    static func stream(_ newline: String) -> String {
        [": a comment to ignore", "event: delta", "id: 7", "data: first line", "data:second line", "", "",
         "data: {\"text\": \"caf\u{e9} \u{2014} ok\"}", "", "retry: 3000", ": only a comment", "", "data", "data: after empty", "", "data: [DONE]", ""]
            .joined(separator: newline)
    }

    static let expected = [
        ServerSentEvent(event: "delta", data: "first line\nsecond line", id: "7"),
        ServerSentEvent(data: "{\"text\": \"caf\u{e9} \u{2014} ok\"}", id: "7"),
        ServerSentEvent(data: "\nafter empty", id: "7"),
        ServerSentEvent(data: "[DONE]", id: "7"),
    ]

    @Test("parses comments, multi-line data, event types and ids", arguments: ["\n", "\r\n", "\r"])
    func whole(newline: String) {
        var parser = ServerSentEventParser()
        let events = parser.feed(Data(Self.stream(newline).utf8)) + parser.finish()
        #expect(events == Self.expected)
    }

    @Test("gives the same events wherever the stream is cut, even inside a character or a CRLF", arguments: ["\n", "\r\n", "\r"])
    func everyCut(newline: String) {
        let bytes = Data(Self.stream(newline).utf8)
        for cut in 1..<bytes.count {
            var parser = ServerSentEventParser()
            let events = parser.feed(bytes.prefix(cut)) + parser.feed(bytes.dropFirst(cut)) + parser.finish()
            #expect(events == Self.expected, "cut at byte \(cut)")
        }
    }

    @Test("byte by byte")
    func byteByByte() {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for byte in Data(Self.stream("\r\n").utf8) { events += parser.feed(Data([byte])) }
        #expect(events + parser.finish() == Self.expected)
    }

    @Test("a last event without its blank line is delivered at the end")
    func unterminated() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Data("data: a\n\ndata: b".utf8)) == [ServerSentEvent(data: "a")])
        #expect(parser.finish() == [ServerSentEvent(data: "b")])
    }
}
