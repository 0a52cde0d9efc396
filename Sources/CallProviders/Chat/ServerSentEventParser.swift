import Foundation

/// Parses a `text/event-stream` fed in arbitrary pieces (as the WHATWG HTML standard
/// describes): lines end in LF, CRLF or CR; `data:` lines accumulate; a blank line ends
/// an event; lines starting with `:` are comments. Bytes are kept until a line is
/// complete, so a piece may end anywhere, even inside a UTF-8 character.
public struct ServerSentEventParser: Sendable {
    private var pending: [UInt8] = []
    private var dataLines: [String] = []
    private var eventType: String?
    private var lastID: String?
    private var sawField = false

    /// Creates a parser.
    public init() {}

    /// Feeds the next piece; returns the events it completed.
    public mutating func feed(_ bytes: Data) -> [ServerSentEvent] {
        pending.append(contentsOf: bytes)
        var events: [ServerSentEvent] = []
        var lineStart = 0
        var i = 0
        while i < pending.count {
            let byte = pending[i]
            if byte == 0x0A || byte == 0x0D {
                // A CR at the very end may be the first half of CRLF: wait for more.
                if byte == 0x0D && i + 1 == pending.count { break }
                let line = String(decoding: pending[lineStart..<i], as: UTF8.self)
                if let event = process(line) { events.append(event) }
                i += (byte == 0x0D && pending[i + 1] == 0x0A) ? 2 : 1
                lineStart = i
            } else {
                i += 1
            }
        }
        pending.removeFirst(lineStart)
        return events
    }

    /// Ends the stream: a last line without its newline and an event without its blank
    /// line are taken as complete.
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !pending.isEmpty {
            let line = String(decoding: pending.filter { $0 != 0x0D }, as: UTF8.self)
            pending.removeAll()
            if let event = process(line) { events.append(event) }
        }
        if let event = process("") { events.append(event) }
        return events
    }

    private mutating func process(_ line: String) -> ServerSentEvent? {
        if line.isEmpty {
            defer {
                dataLines.removeAll()
                eventType = nil
                sawField = false
            }
            guard sawField, !dataLines.isEmpty else { return nil }
            return ServerSentEvent(event: eventType, data: dataLines.joined(separator: "\n"), id: lastID)
        }
        if line.hasPrefix(":") { return nil }
        let field: Substring, value: Substring
        if let colon = line.firstIndex(of: ":") {
            field = line[..<colon]
            var rest = line[line.index(after: colon)...]
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
            value = rest
        } else {
            field = line[...]
            value = ""
        }
        switch field {
        case "data": dataLines.append(String(value))
        case "event": eventType = String(value)
        case "id": lastID = String(value)
        default: return nil
        }
        sawField = true
        return nil
    }
}
