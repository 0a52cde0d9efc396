import TestSupport
import AgentTools
import CallAudio
import CallSpeech
import Foundation
import Testing
@testable import CallProviders

/// Test-side audio helpers, written independently of the code under test.
enum TestAudio {
    static func sine(_ hz: Double, seconds: Double, rate: Int, amplitude: Float = 0.5) -> [Float] {
        (0..<Int(seconds * Double(rate))).map { amplitude * Float(sin(2 * Double.pi * hz * Double($0) / Double(rate))) }
    }

    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    static func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    /// A WAV file: `format` 1 (integer PCM) or 3 (float), `bits` per sample, mono.
    static func wav(_ samples: [Float], rate: Int, format: Int = 1, bits: Int = 16) -> Data {
        var data: [UInt8] = []
        for s in samples {
            switch (format, bits) {
            case (3, 32): data += le32(Int(s.bitPattern))
            case (1, 24): let v = Int((Double(s) * 8_388_607).rounded()); data += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF)]
            default: data += le16(Int(PCM.int16(s)))
            }
        }
        let width = bits / 8
        var out = Array("RIFF".utf8) + le32(36 + data.count) + Array("WAVE".utf8)
        out += Array("fmt ".utf8) + le32(16) + le16(format) + le16(1) + le32(rate) + le32(rate * width) + le16(width) + le16(bits)
        out += Array("LIST".utf8) + le32(4) + Array("INFO".utf8) // a chunk to skip
        out += Array("data".utf8) + le32(data.count) + data
        return Data(out)
    }

    /// Sign changes of a signal: 2 per period of a sine.
    static func zeroCrossings(_ samples: [Float]) -> Int {
        zip(samples, samples.dropFirst()).filter { ($0 < 0) != ($1 < 0) }.count
    }
}

/// A multipart/form-data body as the server sees it.
struct ReceivedForm {
    var fields: [String: String] = [:]
    var fileName: String?
    var fileType: String?
    var file = Data()

    init?(_ request: LoopbackServer.Request) {
        guard let type = request.headers["content-type"], type.hasPrefix("multipart/form-data"),
              let range = type.range(of: "boundary=") else { return nil }
        let delimiter = Array("--\(type[range.upperBound...])".utf8)
        let body = [UInt8](request.body)
        var starts: [Int] = []
        var i = 0
        while i + delimiter.count <= body.count {
            if Array(body[i..<i + delimiter.count]) == delimiter { starts.append(i); i += delimiter.count } else { i += 1 }
        }
        guard starts.count >= 2, Array(body[starts.last!...]).starts(with: delimiter + Array("--".utf8)) else { return nil }
        for (a, b) in zip(starts, starts.dropFirst()) {
            var part = Array(body[(a + delimiter.count)..<b])
            guard part.starts(with: [13, 10]), part.suffix(2) == [13, 10] else { return nil }
            part = Array(part.dropFirst(2).dropLast(2))
            guard let split = (0..<max(0, part.count - 3)).first(where: { part[$0..<$0 + 4] == [13, 10, 13, 10] }) else { return nil }
            let head = String(decoding: part[..<split], as: UTF8.self).components(separatedBy: "\r\n")
            let content = Data(part[(split + 4)...])
            let disposition = head.first { $0.lowercased().hasPrefix("content-disposition:") } ?? ""
            guard let name = Self.attribute("name", in: disposition) else { return nil }
            if let file = Self.attribute("filename", in: disposition) {
                fileName = file
                fileType = head.first { $0.lowercased().hasPrefix("content-type:") }.map { String($0.dropFirst("content-type:".count)).trimmingCharacters(in: .whitespaces) }
                self.file = content
                _ = name
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    static func attribute(_ name: String, in header: String) -> String? {
        guard let range = header.range(of: " \(name)=\"") ?? header.range(of: ";\(name)=\"") else { return nil }
        let rest = header[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Rate, channels, bits and 16-bit samples of a PCM WAV file, read by hand.
    static func readWAV(_ data: Data) -> (rate: Int, channels: Int, bits: Int, samples: [Int16])? {
        let b = [UInt8](data)
        func u16(_ p: Int) -> Int { Int(b[p]) | Int(b[p + 1]) << 8 }
        func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
        guard b.count >= 44, Array(b[0..<4]) == Array("RIFF".utf8), Array(b[8..<12]) == Array("WAVE".utf8) else { return nil }
        var p = 12
        var format: (Int, Int, Int)?
        while p + 8 <= b.count {
            let id = String(decoding: b[p..<p + 4], as: UTF8.self), size = u32(p + 4)
            if id == "fmt " { format = (u32(p + 12), u16(p + 10), u16(p + 22)) }
            if id == "data", let format {
                let samples = stride(from: p + 8, to: p + 8 + size - 1, by: 2).map { Int16(bitPattern: UInt16(u16($0))) }
                return (format.0, format.1, format.2, samples)
            }
            p += 8 + size
        }
        return nil
    }
}

@Suite("HTTP speech adapters over loopback")
struct SpeechAdapterTests {
    @Test("the transcriber uploads one 16 kHz mono WAV per utterance as well-formed multipart and returns the text")
    func transcribe() throws {
        let server = try LoopbackServer { request, _ in
            guard request.path == "/v1/audio/transcriptions", let form = ReceivedForm(request),
                  let wav = form.file.isEmpty ? nil : ReceivedForm.readWAV(form.file) else {
                return .json(["error": ["message": "malformed upload"]], status: 400)
            }
            let text = "\(form.fields["model"] ?? "?")|\(form.fields["response_format"] ?? "?")|\(form.fields["language"] ?? "?")|"
                + "\(form.fileName ?? "?")|\(form.fileType ?? "?")|\(wav.rate)|\(wav.channels)|\(wav.bits)|\(wav.samples.count)"
            return .json(["text": .string(" " + text + " ")])
        }
        let transcriber = HTTPTranscriber(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "whisper-test", apiKey: "sk-stt-123456"),
                                          transport: LiveTransport())
        let audio = TestAudio.sine(300, seconds: 0.5, rate: 16000)
        transcriber.begin()
        var partials: [String?] = []
        for start in stride(from: 0, to: audio.count, by: 320) { partials.append(transcriber.accept(Array(audio[start..<min(audio.count, start + 320)]))) }
        let text = transcriber.end()
        #expect(partials.allSatisfy { $0 == nil })
        #expect(text == "whisper-test|json|en|utterance.wav|audio/wav|16000|1|16|8000")
        #expect(transcriber.lastError == nil)
        #expect(server.requests[0].headers["authorization"] == "Bearer sk-stt-123456")

        // The samples arrived as sent (16-bit).
        let form = try #require(ReceivedForm(server.requests[0]))
        let wav = try #require(ReceivedForm.readWAV(form.file))
        #expect(wav.samples == audio.map(PCM.int16))

        // A second utterance is uploaded on its own.
        transcriber.begin()
        _ = transcriber.accept(Array(audio.prefix(1600)))
        #expect(transcriber.end().hasSuffix("|1600"))
    }

    @Test("audio at another rate is resampled to 16 kHz before upload")
    func resampled() throws {
        let server = try LoopbackServer { request, _ in
            guard let form = ReceivedForm(request), let wav = ReceivedForm.readWAV(form.file) else { return .json([:], status: 400) }
            return .json(["text": .string("\(wav.rate) \(wav.samples.count) \(TestAudio.zeroCrossings(wav.samples.map(PCM.float)))")])
        }
        let transcriber = HTTPTranscriber(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "m"), transport: LiveTransport())
        let (text, _) = try transcriber.transcribe(AudioBuffer(samples: TestAudio.sine(250, seconds: 1, rate: 8000), sampleRate: 8000))
        let numbers = text.split(separator: " ").compactMap { Int($0) }
        try #require(numbers.count == 3)
        #expect(numbers[0] == 16000)
        #expect(abs(numbers[1] - 16000) < 400)
        #expect(abs(numbers[2] - 500) <= 6) // 250 Hz for one second: 500 sign changes
    }

    @Test("a failed transcription gives empty text and the error")
    func transcriptionError() throws {
        let server = try LoopbackServer { _, _ in .json(["error": ["message": "audio too short"]], status: 400) }
        let transcriber = HTTPTranscriber(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "m"), transport: LiveTransport())
        transcriber.begin()
        _ = transcriber.accept([0, 0, 0])
        #expect(transcriber.end() == "")
        #expect(transcriber.lastError?.description.contains("audio too short") == true)
    }

    @Test("the synthesizer posts JSON and decodes the WAV answer, resampled to its rate", arguments: [(1, 16), (1, 24), (3, 32)])
    func synthesizeWAV(format: Int, bits: Int) throws {
        let reply = TestAudio.wav(TestAudio.sine(440, seconds: 0.5, rate: 24000), rate: 24000, format: format, bits: bits)
        let server = try LoopbackServer { request, _ in
            guard request.path == "/v1/audio/speech", let json = request.json, json["input"] == "Your appointment is confirmed.",
                  json["voice"] == "alloy", json["model"] == "tts-test", json["response_format"] == "wav", json["speed"]?.number == 1.25 else {
                return .json(["error": ["message": "unexpected request"]], status: 400)
            }
            return LoopbackServer.Response(status: 200, headers: [("Content-Type", "audio/wav")],
                                           parts: SSE.split(reply, sizes: [1000, 333]).map { (1, $0) }, chunked: true)
        }
        let synthesizer = HTTPSynthesizer(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "tts-test"), voice: "alloy",
                                          sampleRate: 16000, transport: LiveTransport())
        let audio = try synthesizer.synthesize("Your appointment is confirmed.", rate: 1.25)
        #expect(audio.sampleRate == 16000)
        #expect(audio.channels == 1)
        #expect(abs(audio.frameCount - 8000) < 200)
        #expect(abs(TestAudio.zeroCrossings(audio.samples) - 440) <= 6)
        #expect(synthesizer.voice == "http/alloy")
    }

    @Test("raw PCM answers are read at their stated rate")
    func synthesizePCM() throws {
        let samples = TestAudio.sine(200, seconds: 1, rate: 24000)
        let pcm = Data(samples.flatMap { TestAudio.le16(Int(PCM.int16($0))) })
        let server = try LoopbackServer { _, _ in LoopbackServer.Response(status: 200, headers: [("Content-Type", "audio/pcm")], parts: [(0, pcm)]) }
        let synthesizer = HTTPSynthesizer(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "tts"), voice: "v",
                                          format: .pcm(sampleRate: 24000), sampleRate: 24000, transport: LiveTransport())
        let audio = try synthesizer.synthesize("hello")
        #expect(audio.samples == samples.map { PCM.float(PCM.int16($0)) })
        #expect(server.requests[0].json?["response_format"] == "pcm")
    }

    @Test("a synthesis error is a speech error naming the status")
    func synthesisError() throws {
        let server = try LoopbackServer { _, _ in .json(["error": ["message": "voice not found"]], status: 404) }
        let synthesizer = HTTPSynthesizer(endpoint: SpeechEndpoint(baseURL: server.baseURL, model: "tts"), voice: "nobody", transport: LiveTransport())
        #expect {
            try synthesizer.synthesize("hello")
        } throws: { error in
            "\(error)".contains("HTTP 404") && "\(error)".contains("voice not found")
        }
    }

    @Test("synthesized audio replays from a cassette byte for byte")
    func synthesisCassette() throws {
        let folder = TempFolder()
        let reply = TestAudio.wav(TestAudio.sine(330, seconds: 0.3, rate: 16000), rate: 16000)
        let server = try LoopbackServer { _, _ in LoopbackServer.Response(status: 200, headers: [("Content-Type", "audio/wav")], parts: [(0, reply)]) }
        let endpoint = SpeechEndpoint(baseURL: server.baseURL, model: "tts")
        let recorded = try HTTPSynthesizer(endpoint: endpoint, voice: "v", transport: RecordingTransport(folder: folder.root)).synthesizeTimed("Hi there.", rate: 1)
        server.stop()
        let replayed = try HTTPSynthesizer(endpoint: endpoint, voice: "v", transport: ReplayingTransport(folder: folder.root)).synthesizeTimed("Hi there.", rate: 1)
        #expect(replayed.audio == recorded.audio)
        #expect(replayed.firstByte == recorded.firstByte)
        #expect(try String(contentsOfFile: folder.files()[0], encoding: .utf8).contains("\"base64\""))
    }

    @Test("WAV encoding and decoding round-trip 16-bit samples")
    func wavRoundTrip() throws {
        let buffer = AudioBuffer(int16: (0..<1000).map { Int16(truncatingIfNeeded: $0 * 97 - 30000) }, sampleRate: 16000)
        #expect(try WAVCodec.decode(WAVCodec.encode(buffer)) == buffer)
        #expect(throws: SpeechError.self) { try WAVCodec.decode(Data("not audio at all".utf8)) }
    }
}
