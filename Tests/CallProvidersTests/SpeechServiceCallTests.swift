import TestSupport
import AgentTools
import CallAudio
import CallSpeech
import Foundation
import Synchronization
import Testing
@testable import CallProviders

/// OpenAI-compatible audio services on the loopback server, with real engines behind
/// them: `/audio/transcriptions` runs pocketsphinx (its generic English model, as a
/// cloud recognizer knows nothing of the agent's domain) on the uploaded WAV, and
/// `/audio/speech` answers with flite's rms voice as a WAV file.
enum SpeechServices {
    static func server() throws -> LoopbackServer {
        let recognizer = Mutex<PocketSphinxRecognizer?>(nil)
        return try LoopbackServer { request, _ in
            switch request.path {
            case "/v1/audio/transcriptions":
                guard let form = ReceivedForm(request), let audio = try? WAVCodec.decode(form.file) else {
                    return .json(["error": ["message": "malformed upload"]], status: 400)
                }
                let text = recognizer.withLock { held -> String in
                    if held == nil { held = try? PocketSphinxRecognizer(configuration: .genericEnglish) }
                    return held?.recognize(audio.samples, chunk: 4000) ?? ""
                }
                return .json(["text": .string(text)])
            case "/v1/audio/speech":
                guard let input = request.json?["input"]?.string, let audio = try? FliteSynthesizer(voice: "rms").synthesize(input) else {
                    return .json(["error": ["message": "no input"]], status: 400)
                }
                return Response(status: 200, headers: [("Content-Type", "audio/wav")], parts: [(0, WAVCodec.encode(audio))])
            default:
                return .json(["error": ["message": "no such endpoint"]], status: 404)
            }
        }
    }
}

private typealias Response = LoopbackServer.Response

@Suite("an agent that hears and speaks through HTTP speech services")
struct SpeechServiceCallTests {
    @Test("a call through transcription and speech services passes, records a cassette that replays to the same report, and names a missing request")
    func recordReplay() throws {
        let folder = TempFolder()
        let server = try SpeechServices.server()
        let key = "sk-speech-" + UUID().uuidString
        let services = ["--set", "stt.engine=http", "--set", "stt.http.baseURL=\(server.baseURL)", "--set", "stt.http.model=whisper-1",
                        "--set", "stt.http.apiKeyEnv=SPEECH_KEY",
                        "--set", "tts.voice=http/alloy", "--set", "tts.http.baseURL=\(server.baseURL)", "--set", "tts.http.model=tts-1",
                        "--set", "tts.http.apiKeyEnv=SPEECH_KEY"]
        // doctor-info with the rms voice, which pocketsphinx's generic model hears best.
        let scenario = folder.path("doctor-info.yaml")
        try String(contentsOfFile: Binary.repository + "/Scenarios/doctor-info.yaml", encoding: .utf8)
            .replacingOccurrences(of: "agent: agents/", with: "agent: \(Binary.repository)/Scenarios/agents/")
            .replacingOccurrences(of: "voice: flite/awb", with: "voice: flite/rms")
            .write(toFile: scenario, atomically: true, encoding: .utf8)
        let common = ["run", scenario, "--seed", "7", "--jobs", "1", "--no-history"] + services

        let recorded = try Binary.run(common + ["--out", folder.path("recorded"), "--record", folder.path("cassette")],
                                      environment: ["SPEECH_KEY": key])
        #expect(recorded.status == 0, "\(recorded.stdout)\n\(recorded.stderr)")
        server.stop()
        let paths = server.requests.map(\.path)
        #expect(paths.contains("/v1/audio/transcriptions"))
        #expect(paths.contains("/v1/audio/speech"))
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == "Bearer \(key)" })

        // What the caller heard came from the service: the first TTS request is the greeting.
        let firstSpeech = try #require(server.requests.first { $0.path == "/v1/audio/speech" }?.json)
        #expect(firstSpeech["voice"] == "alloy")
        #expect(firstSpeech["model"] == "tts-1")
        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("recorded/report.json"), encoding: .utf8))
        let call = try #require(report["calls"]?[0])
        let heard = (call["turns"]?.array ?? []).compactMap { $0["heard"]?.string }.filter { !$0.isEmpty }
        #expect(call["passed"] == true, "the agent heard \(heard)")
        // What the agent heard in each turn is the service's answer for that utterance.
        let answers = try folder.files().filter { $0.contains("/cassette/") }
            .map { try JSONValue(parsing: String(contentsOfFile: $0, encoding: .utf8)) }
            .filter { $0["request"]?["path"]?.string == "/v1/audio/transcriptions" }
            .compactMap { entry -> String? in
                let body = (entry["attempts"]?.array?.last?["chunks"]?.array ?? []).compactMap { $0["text"]?.string }.joined()
                return (try? JSONValue(parsing: body))?["text"]?.string
            }
        #expect(answers.count >= 2)
        #expect(heard.count == 2)
        for text in heard { #expect(answers.contains(text), "\(text) is not among \(answers)") }

        for file in folder.files() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: Data(key.utf8)) == nil, "the key is in \(file)")
        }

        // Offline and without the key: the same report.
        let replayed = try Binary.run(common + ["--out", folder.path("replayed"), "--replay", folder.path("cassette")],
                                      environment: ["SPEECH_KEY": nil])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(try CommandLineCassetteTests.comparable(folder.path("replayed/report.json"))
                == CommandLineCassetteTests.comparable(folder.path("recorded/report.json")))

        // Another scenario's audio was never uploaded: the run stops and names the request.
        let missing = try Binary.run(["run", "Scenarios/opening-hours.yaml", "--jobs", "1", "--no-history", "--out", folder.path("missing"),
                                      "--replay", folder.path("cassette")] + services)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("POST /v1/audio/"))
        #expect(missing.stderr.contains(folder.path("cassette")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing/report.json")))
    }

    @Test("a transcription service that keeps failing fails the call, and the report says why")
    func failingService() throws {
        let folder = TempFolder()
        let server = try LoopbackServer { _, _ in .json(["error": ["message": "model overloaded"]], status: 503) }
        let run = try Binary.run(["run", "Scenarios/doctor-info.yaml", "--jobs", "1", "--no-history", "--out", folder.path("out"),
                                  "--set", "stt.engine=http", "--set", "stt.http.baseURL=\(server.baseURL)", "--set", "stt.http.model=whisper-1",
                                  "--set", "stt.http.timeoutMs=400"])
        server.stop()
        #expect(run.status == 1, "\(run.stderr)")
        let report = try JSONValue(parsing: String(contentsOfFile: folder.path("out/report.json"), encoding: .utf8))
        let failures = (report["calls"]?[0]?["failures"]?.array ?? []).compactMap(\.string)
        let engine = try #require(failures.first { $0.hasPrefix("the agent's recognizer failed on") }, "\(failures)")
        #expect(engine.contains("POST /v1/audio/transcriptions"))
        #expect(engine.contains("503"))
        #expect(engine.contains("model overloaded"))
    }
}
