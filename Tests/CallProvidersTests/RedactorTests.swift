import AgentTools
import Foundation
import Testing
@testable import CallProviders

@Suite("secrets masked in decoded and assembled text")
struct RedactorTests {
    static let key = SplitKeyModel.key
    static let mask = Redactor.mask
    static let allCuts = SplitKeyModel.cuts(pieces: 2) + SplitKeyModel.cuts(pieces: 3)
    let redactor = Redactor([SplitKeyModel.key])

    /// `body` as the timed chunks of a response, cut at awkward places.
    func chunks(_ body: Data) -> [TimedChunk] {
        SSE.split(body, sizes: [9, 2, 31, 5]).enumerated().map { TimedChunk(at: Int64($0.offset * 10), data: $0.element) }
    }

    /// The answer the stored chunks give a client that knows no secret (a replay).
    func assembled(_ chunks: [TimedChunk]) throws -> ChatCompletion {
        let attempt = ProviderAttempt(start: 0, duration: 1000, status: 200, headers: ["content-type": "text/event-stream"], chunks: chunks)
        return try ChatCompletionsClient.completion(from: ProviderExchange(attempts: [attempt]), call: "POST /v1/chat/completions",
                                                    budgetMs: 1000, secrets: [])
    }

    func joined(_ chunks: [TimedChunk]) -> Data { chunks.reduce(Data()) { $0 + $1.data } }

    @Test("a key streamed in text deltas, cut anywhere, is masked in the stored stream, which still reads as the answer", arguments: allCuts)
    func textDeltas(cuts: [Int]) throws {
        let body = SSE.stream([SSE.text("code: ")] + SplitKeyModel.pieces(cuts).map(SSE.text) + [SSE.text(" end"), SSE.finish("stop")])
        let original = chunks(body)
        let stored = redactor.chunks(original)
        #expect(stored.map(\.at) == original.map(\.at))
        #expect(KeyScan.leaks(of: Self.key, in: joined(stored)).isEmpty)
        #expect(try assembled(stored).text == "code: \(Self.mask) end")
        #expect(try assembled(original).text == "code: \(Self.key) end") // the key really was there
    }

    @Test("a key in tool-call argument fragments, cut anywhere, is masked and the arguments stay JSON", arguments: allCuts)
    func argumentFragments(cuts: [Int]) throws {
        let fragments = [#"{"code": ""#] + SplitKeyModel.pieces(cuts) + [#"", "n": 1}"#]
        let body = SSE.stream([SSE.tool(index: 0, id: "call_1", name: "check", arguments: "")]
            + fragments.map { SSE.tool(index: 0, arguments: $0) } + [SSE.finish("tool_calls")])
        let stored = redactor.chunks(chunks(body))
        #expect(KeyScan.leaks(of: Self.key, in: joined(stored)).isEmpty)
        let calls = try assembled(stored).toolCalls
        #expect(calls.map(\.arguments) == [#"{"code": "\#(Self.mask)", "n": 1}"#])
        #expect(try calls.first?.toolCall().arguments == ["code": .string(Self.mask), "n": 1])
    }

    @Test("a key spelled with JSON escapes is masked where it shows once decoded", arguments: [
        #"sk-te\u0073t-SECRET123"#, #"\u0073k-test-SECRET123"#, #"sk-test-SECRET12\u0033"#, #"sk-test\u002dSECRET123"#,
        #"\u0073\u006b\u002d\u0074\u0065\u0073\u0074\u002d\u0053\u0045\u0043\u0052\u0045\u0054\u0031\u0032\u0033"#,
    ])
    func escaped(spelling: String) throws {
        let raw = SplitKeyModel.rawText("before " + spelling + " after") + "data: [DONE]\n\n"
        let stored = redactor.chunks(chunks(Data(raw.utf8)))
        #expect(KeyScan.leaks(of: Self.key, in: joined(stored)).isEmpty)
        #expect(try assembled(stored).text == "before \(Self.mask) after")
        // One level deeper: the escape inside tool arguments, which are JSON text in a JSON string.
        let arguments = SSE.stream([SSE.tool(index: 0, id: "call_1", name: "check", arguments: #"{"code": "\#(spelling)"}"#), SSE.finish("tool_calls")])
        let storedCall = redactor.chunks(chunks(arguments))
        #expect(KeyScan.leaks(of: Self.key, in: joined(storedCall)).isEmpty)
        #expect(try assembled(storedCall).toolCalls.map(\.arguments) == [#"{"code": "\#(Self.mask)"}"#])
        #expect(redactor.text(#"{"error": {"message": "bad key \#(spelling)"}}"#) == #"{"error": {"message": "bad key \#(Self.mask)"}}"#)
    }

    @Test("the text around a masked key keeps every character: escapes, accents and emoji")
    func neighbours() throws {
        let raw = Data(SplitKeyModel.rawText(#"caf\u00e9 \ud83d\ude00 \"q\" \\ "#).utf8)
            + SSE.stream(SplitKeyModel.pieces([4, 9]).map(SSE.text) + [SSE.text(" ü ✓"), SSE.finish("stop")])
        let stored = redactor.chunks(chunks(raw))
        #expect(try assembled(stored).text == "café 😀 \"q\" \\ \(Self.mask) ü ✓")
    }

    @Test("without the key nothing changes, byte for byte, whatever quotes, escapes and key-like text there are", arguments: 1...20)
    func untouched(seed: Int) {
        var random = SeededBytes(seed: UInt64(seed))
        let alphabet: [String] = ["\"", "\\", "\\u0073", "\\ud83d", ":", "{", "}", ",", "\n", "data: ", "content", "arguments", "sk-te", "st-SEC",
                                  "RET12", "sk-test-SECRET12", "é", " ", "a", "\\\"", "[DONE]"]
        let text = (0..<400).map { _ in alphabet[random.next(alphabet.count)] }.joined()
        let original = chunks(Data(text.utf8)) + [TimedChunk(at: 9999, data: Data((0..<64).map { _ in UInt8(random.next(256)) }))]
        #expect(redactor.chunks(original) == original)
        #expect(redactor.text(text) == text)
    }

    @Test("a binary body holding the key across chunks is masked before it is stored as base64")
    func binary() throws {
        var bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x80]
        bytes += Array(Self.key.utf8) + [0xC3, 0x28, 0x01]
        let original = [TimedChunk(at: 1, data: Data(bytes[0..<9])), TimedChunk(at: 2, data: Data(bytes[9...]))]
        let attempt = ProviderAttempt(start: 0, duration: 10, status: 200, chunks: redactor.chunks(original))
        let stored = try JSONEncoder().encode(attempt)
        #expect(String(decoding: stored, as: UTF8.self).contains("base64"))
        #expect(KeyScan.leaks(of: Self.key, in: stored).isEmpty)
        let decoded = try JSONDecoder().decode(ProviderAttempt.self, from: stored)
        #expect(decoded.body == Data([0xFF, 0xFE, 0x00, 0x80] + Array(Self.mask.utf8) + [0xC3, 0x28, 0x01]))
    }

    @Test("a provider error is masked in its message, a recorded failure and the request's excerpt")
    func errors() throws {
        let secrets = [Self.key]
        let body = Data(#"{"error": {"message": "key sk-te\u0073t-SECRET123 was revoked"}}"#.utf8)
        let status = ProviderError.status("POST /v1/chat/completions", 401, attempts: 1,
                                          body: ChatCompletionsClient.errorMessage(body, secrets: secrets), elapsed: 5)
        #expect(status.description == "POST /v1/chat/completions: HTTP 401: key \(Self.mask) was revoked")
        let recorded = ProviderError.unreachable("POST /v1/x", "proxy said \(Self.key)", attempts: 2, elapsed: 1).redacted(by: redactor)
        #expect(recorded.description == "POST /v1/x: proxy said \(Self.mask) (2 attempts)")
        let missing = ProviderError.notInCassette("POST /v1/x", excerpt: "last user message: \"sk-te\\u0073t-SECRET123\"", folder: "/c")
        #expect(!missing.redacted(by: redactor).description.contains("\\u0073"))
        #expect(missing.redacted(by: redactor).description.contains(Self.mask))
    }

    @Test("an HTTP recognizer's transcript is masked, however the service spelled the key")
    func transcript() throws {
        let server = try LoopbackServer { _, _ in
            LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")],
                                    parts: [(0, Data(#"{"text": "my key is sk-te\u0073t-SECRET123, thanks"}"#.utf8))])
        }
        let transcriber = HTTPTranscriber(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "m", apiKey: Self.key), transport: LiveTransport())
        transcriber.begin()
        _ = transcriber.accept(TestAudio.sine(200, seconds: 0.2, rate: 16000))
        #expect(transcriber.end() == "my key is \(Self.mask), thanks")
    }
}

/// A seeded byte source for test inputs (SplitMix64).
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
