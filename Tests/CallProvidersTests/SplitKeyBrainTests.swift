import TestSupport
import AgentTools
import Foundation
import Testing
import VoicePipeline
@testable import CallProviders

/// One tool, `transfer_to_human`, whose result echoes the arguments it was called with.
final class EchoingTransferTool: ToolProviding {
    let definitions = [ToolDefinition(name: "transfer_to_human", description: "Hands the caller to a person.",
                                      parameters: ["type": "object", "properties": ["reason": ["type": "string"], "summary": ["type": "string"]]])]

    func call(_ call: ToolCall) -> ToolResult { .success(["received": .object(call.arguments)]) }
}

@Suite("the LLM brain masks an API key however the model cuts it")
struct SplitKeyBrainTests {
    /// Every way to cut the key in two and in three, eight ways to a conversation (each a
    /// separate appearance of the key in the same answers).
    static let cutSets: [[[Int]]] = {
        let all = SplitKeyModel.cuts(pieces: 2) + SplitKeyModel.cuts(pieces: 3)
        return stride(from: 0, to: all.count, by: 8).map { Array(all[$0..<min(all.count, $0 + 8)]) }
    }()

    func brain(_ server: LoopbackServer, key: String?, transport: any ProviderTransport) -> LLMBrain {
        let settings = ChatCompletionsClient.Settings(baseURL: server.baseURL, model: "scripted", apiKey: key, timeoutMs: 5000)
        return LLMBrain(client: ChatCompletionsClient(settings: settings, transport: transport), tools: EchoingTransferTool(),
                        settings: .init(systemPrompt: "You are the receptionist.", fallbackMessage: "Sorry.", handoffTool: "transfer_to_human"))
    }

    /// Every text of a response, step by step, as the pipeline gets it.
    func texts(_ response: BrainResponse) -> [String] {
        response.steps.map { step in
            switch step {
            case .say(let words): "say: \(words)"
            case .tool(let call, let result): "tool: \(call.id) \(call.name) \(JSONValue.object(call.arguments).jsonString()) → \(result.text)"
            case .transfer(let reason, let summary): "transfer: \(reason) / \(summary)"
            case .hangUp: "hang up"
            }
        } + [response.intent].compactMap { $0 }
    }

    func conversation(_ brain: LLMBrain) -> [String] {
        texts(brain.greet()) + texts(brain.respond(to: "Can I speak to a person, please?"))
    }

    @Test("what the brain hands the pipeline, its conversation and its cassette hold the mask, not the key", arguments: cutSets)
    func masked(cuts: [[Int]]) throws {
        let key = SplitKeyModel.key
        let server = try LoopbackServer(SplitKeyModel(spoken: cuts, inArguments: cuts, cutsBytes: false).handler)
        let folder = TempFolder()
        let recording = brain(server, key: key, transport: RecordingTransport(folder: folder.root))
        let heard = conversation(recording)
        server.stop()

        let mask = Redactor.mask
        let again = String(repeating: "\(mask). Again, ", count: cuts.count)
        #expect(heard.first == "say: Hello, your reference is \(again)\(mask) How can I help?")
        let summary = String(repeating: "\(mask) ", count: cuts.count) + "read out"
        let arguments = #"{"reason":"the caller gave the key \#(mask)","summary":"\#(summary)"}"#
        #expect(heard.contains("tool: call_transfer transfer_to_human \(arguments) → {\"received\":\(arguments)}"))
        #expect(heard.contains("say: I am connecting you now; your code \(mask) \(mask) Goodbye."))
        #expect(heard.contains("transfer: the caller gave the key \(mask) / \(summary)"))
        #expect(!heard.contains { $0.contains(key) }, "\(heard)")
        let messages = recording.messages.map { $0.json.jsonString() }.joined(separator: "\n")
        #expect(!messages.contains(key))
        #expect(KeyScan.leaks(of: key, in: Data(messages.utf8)).isEmpty)

        let files = folder.files()
        #expect(files.count == 3)
        for file in files {
            let leaks = KeyScan.leaks(of: key, in: try Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(leaks.isEmpty, "\(file): \(leaks)")
        }

        // Offline, without the key, the cassette gives the same conversation.
        let replaying = brain(server, key: nil, transport: ReplayingTransport(folder: folder.root))
        #expect(conversation(replaying) == heard)
        #expect(replaying.stopError == nil)
    }
}
