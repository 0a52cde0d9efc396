import AgentTools

/// Assembles a streamed chat completion from its `chat.completion.chunk` deltas: text
/// pieces in order, and tool calls whose id and name come once and whose arguments
/// arrive in fragments, each call keyed by its `index`.
public struct ChatStreamAssembler: Sendable {
    private struct PartialCall: Sendable {
        var id = ""
        var name = ""
        var arguments = ""
    }

    /// The text so far.
    public private(set) var text = ""
    /// Why the model stopped, once it said.
    public private(set) var finishReason: String?
    /// When the first text arrived (the caller's time unit).
    public private(set) var firstTextAt: Int64?
    /// When the first output of any kind arrived.
    public private(set) var firstOutputAt: Int64?
    private var calls: [Int: PartialCall] = [:]
    private var lastIndex: Int?

    /// Creates an empty assembler.
    public init() {}

    /// Applies one chunk (a parsed `data:` payload) that arrived at `at`. A chunk holding
    /// an `error` object throws its message.
    public mutating func apply(_ chunk: JSONValue, at: Int64) throws(AssemblyError) {
        if let error = chunk["error"] {
            throw AssemblyError(message: error["message"]?.string ?? error.string ?? error.jsonString())
        }
        guard let choice = chunk["choices"]?[0] else { return }
        if let reason = choice["finish_reason"]?.string { finishReason = reason }
        // A non-streamed answer carries `message` where a chunk carries `delta`.
        guard let delta = choice["delta"] ?? choice["message"] else { return }
        if let piece = delta["content"]?.string, !piece.isEmpty {
            text += piece
            if firstTextAt == nil { firstTextAt = at }
            if firstOutputAt == nil { firstOutputAt = at }
        }
        for (position, fragment) in (delta["tool_calls"]?.array ?? []).enumerated() {
            let index = fragment["index"]?.int ?? impliedIndex(fragment, position: position)
            var call = calls[index] ?? PartialCall()
            if let id = fragment["id"]?.string, !id.isEmpty, call.id.isEmpty { call.id = id }
            let function = fragment["function"]
            if let name = function?["name"]?.string, !name.isEmpty {
                // The name normally comes whole in the first fragment; some servers split it.
                if call.name.isEmpty || (call.arguments.isEmpty && call.name != name) { call.name += name }
            }
            if let arguments = function?["arguments"] {
                // Fragments are text; a server that sends the arguments as an object sends them whole.
                call.arguments += arguments.string ?? arguments.jsonString()
            }
            calls[index] = call
            lastIndex = index
            if firstOutputAt == nil { firstOutputAt = at }
        }
    }

    /// The tool calls, in index order; a call without an id gets `call_<index>`.
    public var toolCalls: [ChatToolCall] {
        calls.keys.sorted().compactMap { index in
            guard let call = calls[index], !call.name.isEmpty else { return nil }
            return ChatToolCall(id: call.id.isEmpty ? "call_\(index)" : call.id, name: call.name, arguments: call.arguments)
        }
    }

    /// The index of a fragment without one: a new call when it brings an id the current
    /// call does not have, else the current call (or its position for a whole message).
    private func impliedIndex(_ fragment: JSONValue, position: Int) -> Int {
        guard let last = lastIndex else { return position }
        if let id = fragment["id"]?.string, !id.isEmpty, let current = calls[last], !current.id.isEmpty, current.id != id {
            return (calls.keys.max() ?? last) + 1
        }
        return last
    }

    /// A chunk that reported an error.
    public struct AssemblyError: Error, Sendable {
        /// The provider's message.
        public let message: String
    }
}
