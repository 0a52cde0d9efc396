import AgentTools
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import CallProviders

@Suite("a criterion judged by a chat model over loopback")
struct CriterionJudgeTests {
    static let transcript = """
        Agent: Thank you for calling City General Hospital. How can I help you today?
        Caller: Hi, I'd like to book an appointment with Doctor Patel.
        Agent: Let me confirm. An appointment for John Smith with Dr. Raj Patel on Thursday, June fifth at 11:00 AM. Shall I book that?
        Caller: Yes, please book it.
        """
    static let readBack = "The agent read the appointment back before booking it"

    static func judge(_ baseURL: String, key: String? = nil, transport: any ProviderTransport = LiveTransport(), timeoutMs: Int = 5000) -> CriterionJudge {
        var settings = ChatCompletionsClient.Settings(baseURL: baseURL, model: "judge-model", apiKey: key, temperature: 0, maxTokens: 200,
                                                      timeoutMs: timeoutMs)
        settings.retry.baseBackoffMs = 10
        return CriterionJudge(client: ChatCompletionsClient(settings: settings, transport: transport))
    }

    /// A model that answers pass when the transcript it was sent holds "Let me confirm", fail otherwise.
    static func model(_ request: LoopbackServer.Request, _ number: Int) -> LoopbackServer.Response {
        let user = request.json?["messages"]?.array?.last?["content"]?.string ?? ""
        let verdict = user.contains("Let me confirm") ? #"{"verdict": "pass", "reason": "It confirmed the details first."}"#
            : #"{"verdict": "fail", "reason": "Nothing was read back."}"#
        return .stream(SSE.split(SSE.textAnswer(verdict)), gapMs: 1)
    }

    @Test("a verdict and its reason come back from the model; the request holds the criterion, the transcript and the key")
    func verdicts() throws {
        let server = try LoopbackServer(Self.model)
        let judge = Self.judge(server.baseURL, key: "sk-judge-1234")
        #expect(try judge.judge(Self.readBack, transcript: Self.transcript) == Judgement(verdict: .pass, reason: "It confirmed the details first."))
        let withoutReadBack = Self.transcript.split(separator: "\n").filter { !$0.contains("Let me confirm") }.joined(separator: "\n")
        #expect(try judge.judge(Self.readBack, transcript: withoutReadBack) == Judgement(verdict: .fail, reason: "Nothing was read back."))

        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer sk-judge-1234")
        let body = try #require(request.json)
        #expect(body["model"] == "judge-model")
        #expect(body["temperature"]?.number == 0)
        #expect(body["tools"] == nil)
        let messages = try #require(body["messages"]?.array)
        #expect(messages.map { $0["role"]?.string } == ["system", "user"])
        #expect(messages[0]["content"]?.string == JudgePrompt.instructions)
        #expect(messages[1]["content"]?.string == "Criterion: \(Self.readBack)\n\nTranscript:\n\(Self.transcript)")
    }

    @Test("a reply that is not a readable verdict is not judged, with the reason; a verdict in a fence or in capitals is read",
          arguments: [
              ("The agent did read it back, so I would say it passes.", Judgement.Verdict.notJudged, "the judge's reply is not a JSON object: \"The agent did read it back, so I would say it passes.\""),
              (#"{"reason": "It read the booking back."}"#, .notJudged, #"the judge's reply has no verdict: "{"reason": "It read the booking back."}""#),
              (#"{"verdict": "maybe", "reason": "Hard to say."}"#, .notJudged, #"the judge's verdict "maybe" is neither "pass" nor "fail""#),
              (#"{"verdict": true}"#, .notJudged, #"the judge's verdict true is neither "pass" nor "fail""#),
              (#"{"verdict": "pass", "reason": "Cut off"#, .notJudged, #"the judge's reply is not a JSON object: "{"verdict": "pass", "reason": "Cut off""#),
              ("   ", .notJudged, "the judge's reply is empty"),
              ("```json\n{\"verdict\": \"PASS\", \"reason\": \"It read the\\nbooking back.\"}\n```", .pass, "It read the booking back."),
              (#"Sure. {"verdict": "fail"}"#, .fail, "(the judge gave no reason)"),
          ] as [(String, Judgement.Verdict, String)])
    func malformed(_ reply: String, _ verdict: Judgement.Verdict, _ reason: String) throws {
        let server = try LoopbackServer { _, _ in .stream(SSE.split(SSE.textAnswer(reply)), gapMs: 0) }
        let judgement = try Self.judge(server.baseURL).judge(Self.readBack, transcript: Self.transcript)
        #expect(judgement == Judgement(verdict: verdict, reason: reason))
    }

    @Test("a model that fails is not judged, with the reason: a refused request, one that times out, a server that is gone")
    func failures() throws {
        let refused = try LoopbackServer { _, _ in .json(["error": ["message": "model 'judge-model' not found"]], status: 404) }
        let a = try Self.judge(refused.baseURL).judge(Self.readBack, transcript: Self.transcript)
        #expect(a == Judgement(verdict: .notJudged, reason: "the judge model failed: POST /v1/chat/completions: HTTP 404: model 'judge-model' not found"))

        let slow = try LoopbackServer { _, _ in LoopbackServer.Response(status: 200, headers: [("Content-Type", "text/event-stream")], delayMs: 1500) }
        let b = try Self.judge(slow.baseURL, timeoutMs: 300).judge(Self.readBack, transcript: Self.transcript)
        #expect(b.verdict == .notJudged)
        #expect(b.reason.hasPrefix("the judge model failed: POST /v1/chat/completions: no answer within 300 ms"), "\(b.reason)")

        let gone = try LoopbackServer { _, _ in .json([:]) }
        let url = gone.baseURL
        gone.stop()
        let c = try Self.judge(url, timeoutMs: 1000).judge(Self.readBack, transcript: Self.transcript)
        #expect(c.verdict == .notJudged)
        #expect(c.reason.hasPrefix("the judge model failed: POST /v1/chat/completions: "), "\(c.reason)")
    }

    @Test("a key the model says back in pieces is masked in the reason, and in the error of a failed request", arguments: [2, 3])
    func keyInReason(pieces: Int) throws {
        let key = SplitKeyModel.key
        let cuts = SplitKeyModel.cuts(pieces: pieces)
        for cut in [cuts[0], cuts[cuts.count / 2], cuts[cuts.count - 1]] {
            let parts = SplitKeyModel.pieces(cut)
            // The reason's JSON string cut where the key is, one delta per piece, once JSON-escaped too.
            var stream = SplitKeyModel.event(SSE.text(#"{"verdict": "fail", "reason": "You sent "#))
            stream += parts.map { SplitKeyModel.event(SSE.text($0)) }.joined()
            // Then the key escaped in the stream's JSON, and escaped in the verdict's own JSON (a `\u0073` the judge's text holds).
            stream += SplitKeyModel.rawText(" and " + SplitKeyModel.escapedKey + " and " + SplitKeyModel.escapedKey.replacingOccurrences(of: "\\", with: "\\\\"))
            stream += SplitKeyModel.event(SSE.text("\"}")) + SplitKeyModel.done("stop")
            let body = Data(stream.utf8)
            let server = try LoopbackServer { _, _ in .stream(SSE.split(body, sizes: [13, 5, 41])) }
            let judgement = try Self.judge(server.baseURL, key: key).judge(Self.readBack, transcript: Self.transcript)
            #expect(judgement.verdict == .fail, "\(judgement.reason)")
            #expect(judgement.reason.components(separatedBy: Redactor.mask).count == 4, "\(judgement.reason)")
            #expect(!judgement.reason.contains(key) && judgement.reason.contains(Redactor.mask), "\(judgement.reason)")
            #expect(KeyScan.leaks(of: key, in: Data(judgement.reason.utf8)).isEmpty)
        }
        let echo = try LoopbackServer { request, _ in .json(["error": ["message": .string("bad key \(request.headers["authorization"] ?? "")")]], status: 401) }
        let failed = try Self.judge(echo.baseURL, key: key).judge(Self.readBack, transcript: Self.transcript)
        #expect(failed.verdict == .notJudged && !failed.reason.contains(key) && failed.reason.contains(Redactor.mask), "\(failed.reason)")
    }

    @Test("recorded once, a verdict replays offline the same; a criterion the cassette lacks stops with its name; no key is stored")
    func recordReplay() throws {
        let key = "sk-judge-" + UUID().uuidString
        let folder = TempFolder()
        let server = try LoopbackServer(Self.model)
        let recording = Self.judge(server.baseURL, key: key, transport: RecordingTransport(folder: folder.path("cassette")))
        let recorded = try recording.judge(Self.readBack, transcript: Self.transcript)
        #expect(recorded.verdict == .pass)
        server.stop()
        #expect(server.requests.count == 1)

        let replaying = Self.judge(server.baseURL, transport: ReplayingTransport(folder: folder.path("cassette")))
        #expect(try replaying.judge(Self.readBack, transcript: Self.transcript) == recorded)
        #expect {
            _ = try replaying.judge("The agent was polite", transcript: Self.transcript)
        } throws: { error in
            guard let error = error as? ProviderError else { return false }
            return error.stopsRun && error.description.contains("Criterion: The agent was polite") && error.description.contains(folder.path("cassette"))
        }
        let files = folder.files()
        #expect(files.count == 1 && files[0].contains("/cassette/chat-completions-"))
        for file in files { #expect(KeyScan.leaks(of: key, in: try Data(contentsOf: URL(fileURLWithPath: file))).isEmpty) }
    }
}
