import TestSupport
import Digest
import AgentTools
import Foundation
import Testing
@testable import CallProviders

@Suite("cassettes")
struct CassetteTests {
    func client(_ baseURL: String, key: String?, transport: any ProviderTransport) -> ChatCompletionsClient {
        var settings = ChatCompletionsClient.Settings(baseURL: baseURL, model: "scripted", apiKey: key, timeoutMs: 5000)
        settings.retry.baseBackoffMs = 20
        return ChatCompletionsClient(settings: settings, transport: transport)
    }

    static let conversation: [ChatMessage] = [.system("You are the receptionist."), .user("Can you tell me about Doctor Lee?")]

    @Test("a recorded call replays offline to the same answer with the same timing")
    func recordReplay() throws {
        let folder = TempFolder()
        let server = try LoopbackServer { request, number in
            // The first try is rate-limited, so the cassette holds a back-off too.
            number == 0 ? .json(["error": ["message": "slow down"]], status: 429, headers: [("retry-after-ms", "150")])
                : ScriptedReceptionist.handler(request, number)
        }
        let recorder = RecordingTransport(folder: folder.root)
        let recorded = try client(server.baseURL, key: "sk-record-123456", transport: recorder).complete(Self.conversation, tools: try Hospital.tools().definitions)
        server.stop()

        #expect(recorded.attempts == 2)
        #expect(recorded.toolCalls.map(\.name) == ["get_doctor_info"])
        let replayer = ReplayingTransport(folder: folder.root)
        // Replaying needs neither the server nor the key.
        let replayed = try client(server.baseURL, key: nil, transport: replayer).complete(Self.conversation, tools: try Hospital.tools().definitions)
        #expect(replayed == recorded)
        let again = try client("http://other-host:9/v1", key: nil, transport: ReplayingTransport(folder: folder.root))
            .complete(Self.conversation, tools: try Hospital.tools().definitions)
        #expect(again == recorded)
    }

    @Test("a request the cassette lacks fails naming the call, the last user message and the folder")
    func missing() throws {
        let folder = TempFolder()
        let replayer = ReplayingTransport(folder: folder.root)
        do {
            _ = try client("http://127.0.0.1:9/v1", key: nil, transport: replayer).complete([.system("S"), .user("I need to cancel my appointment on Friday afternoon, please")])
            Issue.record("a missing request did not fail")
        } catch {
            #expect(error.stopsRun)
            #expect(error.description.contains("POST /v1/chat/completions"))
            #expect(error.description.contains("I need to cancel my appointment on Frida…"))
            #expect(error.description.contains(folder.root))
        }
    }

    @Test("a brain whose call is missing from the cassette stops instead of falling back")
    func brainStops() throws {
        let folder = TempFolder()
        let transport = ReplayingTransport(folder: folder.root)
        let brain = LLMBrain(client: client("http://127.0.0.1:9/v1", key: nil, transport: transport), tools: try Hospital.tools(),
                             settings: .init(systemPrompt: "S", fallbackMessage: "Sorry."))
        let response = brain.respond(to: "Hello there")
        #expect(response.text.isEmpty)
        guard case .hangUp = response.steps.first else { Issue.record("no hang-up: \(response.steps)"); return }
        #expect(brain.stopError?.description.contains("Hello there") == true)
    }

    @Test("the cassette file is readable JSON named by the SHA-256 of the canonical request, without the key")
    func fileContents() throws {
        let folder = TempFolder()
        let key = "sk-file-" + UUID().uuidString
        let server = try LoopbackServer { request, number in
            // An error body that quotes the credentials back, before the real answer.
            number == 0 ? .json(["error": ["message": .string("upstream rejected \(request.headers["authorization"] ?? "")")]], status: 503)
                : ScriptedReceptionist.handler(request, number)
        }
        let chat = client(server.baseURL, key: key, transport: RecordingTransport(folder: folder.root))
        _ = try chat.complete(Self.conversation)
        let files = folder.files()
        try #require(files.count == 1)
        let text = try String(contentsOfFile: files[0], encoding: .utf8)
        #expect(!text.contains(key))
        #expect(!text.lowercased().contains("authorization"))
        #expect(text.contains(Redactor.mask))

        let request = chat.request(Self.conversation, tools: [])
        let canonical = "POST /v1/chat/completions\n" + (try JSONValue(parsing: String(decoding: request.body, as: UTF8.self))).jsonString()
        #expect(files[0].hasSuffix("chat-completions-\(SHA256.hex(canonical)).json"))
        let stored = try JSONValue(parsing: text)
        #expect(stored["key"]?.string == SHA256.hex(canonical))
        #expect(stored["request"]?["path"] == "/v1/chat/completions")
        #expect(stored["request"]?["body"]?["messages"]?[1]?["content"] == "Can you tell me about Doctor Lee?")
        #expect(stored["attempts"]?.array?.count == 2)
        #expect(stored["attempts"]?[0]?["status"]?.int == 503)
        let streamed = (stored["attempts"]?[1]?["chunks"]?.array ?? []).compactMap { $0["text"]?.string }.joined()
        #expect(streamed.hasPrefix("data: {"))
        #expect(streamed.hasSuffix("data: [DONE]\n\n"))
        #expect(text.contains("\n  \"attempts\" : ["))
    }

    @Test("the key of a request ignores the host and the credentials but not the conversation")
    func keys() {
        let a = client("http://127.0.0.1:1234/v1", key: "sk-aaaaaaaa", transport: LiveTransport()).request(Self.conversation, tools: [])
        let b = client("https://api.example.com/v1/", key: "sk-bbbbbbbb", transport: LiveTransport()).request(Self.conversation, tools: [])
        let c = client("http://127.0.0.1:1234/v1", key: "sk-aaaaaaaa", transport: LiveTransport()).request([.user("Something else")], tools: [])
        #expect(a.key == b.key)
        #expect(a.key != c.key)
        #expect(a.key.count == 64)
    }

    @Test("a credential member of a body and a secret inside a string never reach the stored request")
    func canonicalStripsSecrets() {
        let request = ProviderRequest(url: "http://h/v1/x", headers: [], body: Data(),
                                      canonicalBody: ["api_key": "sk-zzzzzzzz", "input": "say sk-zzzzzzzz", "nested": ["token": "t-123456"]],
                                      secrets: ["sk-zzzzzzzz"])
        #expect(request.canonicalBody == ["input": "say [REDACTED]", "nested": [:]])
    }

    @Test("a secret split across chunks is masked in the chunk that completes it")
    func splitSecret() {
        let secret = "sk-split-secret-42"
        let text = "before \(secret) middle \(secret) after"
        let chunks = SSE.split(Data(text.utf8), sizes: [10, 4, 9]).enumerated().map { TimedChunk(at: Int64($0.offset * 100), data: $0.element) }
        let masked = Redactor([secret]).chunks(chunks)
        #expect(masked.count == chunks.count)
        #expect(masked.map(\.at) == chunks.map(\.at))
        let joined = String(decoding: masked.reduce(Data()) { $0 + $1.data }, as: UTF8.self)
        #expect(joined == "before [REDACTED] middle [REDACTED] after")
        // The mask sits in the chunk holding the secret's last byte.
        let firstEnd = "before ".utf8.count + secret.utf8.count - 1
        var offset = 0
        for (index, chunk) in chunks.enumerated() {
            if firstEnd >= offset && firstEnd < offset + chunk.data.count {
                #expect(String(decoding: masked[index].data, as: UTF8.self).contains("[REDACTED]"))
            }
            offset += chunk.data.count
        }
    }

    @Test("binary bodies are stored as base64 and come back byte for byte")
    func binaryChunks() throws {
        let attempt = ProviderAttempt(start: 5, duration: 900, status: 200, headers: ["content-type": "audio/wav", "set-cookie": "x"],
                                      chunks: [TimedChunk(at: 10, data: Data([0xFF, 0xFE, 0x00, 0x80])), TimedChunk(at: 20, data: Data("text".utf8))])
        #expect(attempt.headers == ["content-type": "audio/wav"])
        let data = try JSONEncoder().encode(attempt)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("base64"))
        #expect(try JSONDecoder().decode(ProviderAttempt.self, from: data) == attempt)
    }
}
