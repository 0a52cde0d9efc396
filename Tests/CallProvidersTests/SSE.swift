import AgentTools
import Foundation

/// Builds OpenAI-style `chat.completion.chunk` streams for the loopback server.
enum SSE {
    /// A chunk carrying a text delta.
    static func text(_ piece: String) -> JSONValue {
        chunk(["content": .string(piece)])
    }

    /// A chunk carrying one tool-call fragment.
    static func tool(index: Int, id: String? = nil, name: String? = nil, arguments: String? = nil) -> JSONValue {
        var fragment: [String: JSONValue] = ["index": .number(Double(index))]
        if let id { fragment["id"] = .string(id); fragment["type"] = "function" }
        var function: [String: JSONValue] = [:]
        if let name { function["name"] = .string(name) }
        if let arguments { function["arguments"] = .string(arguments) }
        fragment["function"] = .object(function)
        return chunk(["tool_calls": [.object(fragment)]])
    }

    /// The last chunk, with a finish reason and an empty delta.
    static func finish(_ reason: String) -> JSONValue {
        ["id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [["index": 0, "delta": [:], "finish_reason": .string(reason)]]]
    }

    static func chunk(_ delta: [String: JSONValue]) -> JSONValue {
        ["id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [["index": 0, "delta": .object(delta), "finish_reason": nil]]]
    }

    /// `data: …` events, a keep-alive comment after the first, and `data: [DONE]`.
    static func stream(_ chunks: [JSONValue]) -> Data {
        var text = ""
        for (i, chunk) in chunks.enumerated() {
            text += "data: \(chunk.jsonString())\n\n"
            if i == 0 { text += ": keep-alive\n\n" }
        }
        return Data((text + "data: [DONE]\n\n").utf8)
    }

    /// A streamed text answer, its words one chunk each.
    static func textAnswer(_ text: String) -> Data {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return stream(words.enumerated().map { SSE.text(($0.offset == 0 ? "" : " ") + $0.element) } + [finish("stop")])
    }

    /// A streamed single tool call: id and name in the first fragment only, the arguments
    /// in pieces of `pieceLength` characters.
    static func toolAnswer(id: String, name: String, arguments: String, pieceLength: Int = 3) -> Data {
        var chunks = [tool(index: 0, id: id, name: name, arguments: "")]
        var rest = Substring(arguments)
        while !rest.isEmpty {
            chunks.append(tool(index: 0, arguments: String(rest.prefix(pieceLength))))
            rest = rest.dropFirst(pieceLength)
        }
        return stream(chunks + [finish("tool_calls")])
    }

    /// `data` cut into pieces of the given sizes in turn (awkward places: inside `data:`,
    /// inside JSON strings, inside UTF-8 characters).
    static func split(_ data: Data, sizes: [Int] = [7, 1, 13, 2, 29, 5]) -> [Data] {
        var pieces: [Data] = []
        var offset = 0
        var k = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let size = sizes[k % sizes.count]
            pieces.append(Data(bytes[offset..<min(bytes.count, offset + size)]))
            offset += size
            k += 1
        }
        return pieces
    }
}
