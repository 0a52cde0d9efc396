import AgentTools
import Foundation

/// A chat model for the loopback server that streams an API key back in pieces: in the
/// text it says, in the arguments of the tool calls it makes, and once spelled with a
/// JSON escape (`sk-te\u0073t…`) that only a JSON reader turns into the key.
struct SplitKeyModel: Sendable {
    /// The key, as in the issue that found the leak.
    static let key = "sk-test-SECRET123"

    /// Every way to cut the key into `pieces` pieces: the offsets of the cuts.
    static func cuts(pieces: Int) -> [[Int]] {
        func choose(_ count: Int, from start: Int) -> [[Int]] {
            guard count > 0 else { return [[]] }
            return (start..<key.count).flatMap { first in choose(count - 1, from: first + 1).map { [first] + $0 } }
        }
        return choose(pieces - 1, from: 1)
    }

    /// The key cut at `cuts`.
    static func pieces(_ cuts: [Int]) -> [String] {
        let characters = Array(key)
        let bounds = [0] + cuts + [characters.count]
        return zip(bounds, bounds.dropFirst()).map { String(characters[$0..<$1]) }
    }

    /// The key with its fifth letter as a JSON escape: raw text for inside a JSON string.
    static let escapedKey = #"sk-te\u0073t-SECRET123"#

    /// The ways the key is cut in what the model says.
    let spoken: [[Int]]
    /// The ways the key is cut in the arguments of its tool calls.
    let inArguments: [[Int]]

    /// A text delta whose JSON is written by hand (so `raw` may hold escapes).
    static func rawText(_ raw: String) -> String {
        #"data: {"id":"chatcmpl-k","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"\#(raw)"},"finish_reason":null}]}"# + "\n\n"
    }

    static func event(_ chunk: JSONValue) -> String { "data: \(chunk.jsonString())\n\n" }

    static func done(_ reason: String) -> String { event(SSE.finish(reason)) + "data: [DONE]\n\n" }

    /// Text deltas: `before`, the key in pieces per cut set (each followed by `between`), `after`.
    func say(_ before: String, _ cutSets: [[Int]], between: String, after: String) -> String {
        var out = Self.event(SSE.text(before))
        for cuts in cutSets {
            out += Self.pieces(cuts).map { Self.event(SSE.text($0)) }.joined() + Self.event(SSE.text(between))
        }
        return out + Self.rawText(Self.escapedKey + " ") + Self.event(SSE.text(after)) + Self.done("stop")
    }

    /// One tool call whose arguments JSON text carries the key in `summary`, cut per cut
    /// set across fragments, and once escaped.
    func transfer() -> String {
        var out = Self.event(SSE.tool(index: 0, id: "call_transfer", name: "transfer_to_human", arguments: #"{"reason": "the caller gave "#))
        out += Self.event(SSE.tool(index: 0, arguments: #"the key \#(Self.escapedKey)", "summary": ""#))
        for cuts in inArguments {
            out += Self.pieces(cuts).map { Self.event(SSE.tool(index: 0, arguments: $0)) }.joined() + Self.event(SSE.tool(index: 0, arguments: " "))
        }
        return out + Self.event(SSE.tool(index: 0, arguments: #"read out"}"#)) + Self.done("tool_calls")
    }

    /// The answer to a conversation.
    func answer(_ body: JSONValue) -> String {
        let last = body["messages"]?.array?.last
        switch last?["role"]?.string {
        case "system": return say("Hello, your reference is ", spoken, between: ". Again, ", after: "How can I help?")
        case "tool": return say("I am connecting you now; your code ", [spoken[spoken.count / 2]], between: " ", after: "Goodbye.")
        default:
            let text = last?["content"]?.string?.lowercased() ?? ""
            if text.contains("person") || text.contains("human") { return transfer() }
            return say("Sorry, your code ", [spoken[0]], between: " ", after: "Could you repeat that?")
        }
    }

    /// Cuts the stream at awkward byte offsets too (each piece its own write, which costs
    /// a few milliseconds of TCP acknowledgement); false sends it in one write.
    var cutsBytes = true

    /// A loopback handler serving `answer`.
    func handler(_ request: LoopbackServer.Request, _ number: Int) -> LoopbackServer.Response {
        guard request.path.hasSuffix("/chat/completions"), let body = request.json else {
            return .json(["error": ["message": "not found"]], status: 404)
        }
        let stream = Data(answer(body).utf8)
        return .stream(cutsBytes ? SSE.split(stream, sizes: [61, 7, 130, 3]) : [stream], gapMs: 0)
    }
}
