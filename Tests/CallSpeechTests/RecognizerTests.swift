import CallAudio
import CallText
import Foundation
import Testing
@testable import CallSpeech

@Suite("PocketSphinx streaming recognition", .serialized)
struct RecognizerTests {
    /// Sentences a caller might say; not tuned to the recognizer.
    static let sentences = [
        "I would like to book an appointment with Doctor Patel next Tuesday.",
        "My name is John Smith and my date of birth is March fifteenth.",
        "Can you tell me when Doctor Johnson is available?",
        "Please cancel my appointment for tomorrow morning.",
        "The weather is nice today so we went for a walk in the park.",
        "I need to see a doctor about my knee.",
        "Is there anything available on Friday afternoon?",
        "Thank you very much for your help.",
    ]

    static func speech(_ text: String, voice: String) throws -> [Float] {
        let audio = try Voices.synthesizer(for: voice).synthesize(text)
        let pad = [Float](repeating: 0, count: 4000)
        return pad + Resampler.resample(audio, to: 16000).samples + pad
    }

    @Test("flite speech → pocketsphinx round trip stays under 20% WER", arguments: ["flite/slt", "flite/rms", "flite/awb"])
    func roundTrip(voice: String) throws {
        let recognizer = try PocketSphinxRecognizer()
        recognizer.reset() // one call: the cepstral mean adapts across its utterances
        var total = WordErrorRate()
        for sentence in Self.sentences {
            recognizer.begin()
            _ = recognizer.accept(try Self.speech(sentence, voice: voice))
            let heard = recognizer.end()
            total.add(WordAlignment(referenceText: sentence, hypothesisText: heard))
        }
        print("\(voice): WER \(total.rate) (S \(total.substitutions) D \(total.deletions) I \(total.insertions) N \(total.referenceWords))")
        #expect(total.referenceWords == 78)
        #expect(total.rate < 0.20, "\(voice) WER \(total.rate)")
    }

    @Test("10, 20 and 160 ms chunks give the same final text")
    func chunking() throws {
        let recognizer = try PocketSphinxRecognizer()
        let audio = try Self.speech(Self.sentences[2], voice: "flite/rms")
        let texts = [160, 320, 2560].map { recognizer.recognize(audio, chunk: $0) }
        #expect(texts[0] == texts[1])
        #expect(texts[1] == texts[2])
        #expect(WordAlignment(referenceText: Self.sentences[2], hypothesisText: texts[0]).wordErrorRate < 0.3)
    }

    @Test("partial hypotheses arrive while speech goes on")
    func partials() throws {
        let recognizer = try PocketSphinxRecognizer()
        let audio = try Self.speech(Self.sentences[0], voice: "flite/awb")
        recognizer.reset()
        recognizer.begin()
        var partials: [(at: Int, text: String)] = []
        var position = 0
        while position < audio.count {
            let chunk = Array(audio[position..<min(audio.count, position + 320)])
            if let partial = recognizer.accept(chunk) { partials.append((position, partial)) }
            position += 320
        }
        let final = recognizer.end()
        #expect(partials.count >= 3, "got \(partials.count) partials")
        #expect(partials.first!.at < audio.count / 2, "the first partial comes early")
        #expect(!final.isEmpty)
    }

    @Test("silence recognizes as nothing")
    func silence() throws {
        let recognizer = try PocketSphinxRecognizer()
        #expect(recognizer.recognize([Float](repeating: 0, count: 16000), chunk: 320) == "")
    }

    @Test("real human speech (LibriVox) is recognized, with a measured WER")
    func humanSpeech() throws {
        let folder = "/usr/share/pocketsphinx/test/data/librivox/"
        let transcript = try String(contentsOfFile: folder + "transcription", encoding: .utf8)
        let recognizer = try PocketSphinxRecognizer()
        recognizer.reset()
        var total = WordErrorRate()
        for line in transcript.split(separator: "\n") {
            // "words words (file-id)"
            guard let open = line.lastIndex(of: "(") else { continue }
            let reference = String(line[..<open])
            let id = line[line.index(after: open)...].dropLast()
            let audio = try AudioFile.read(folder + id + ".wav", mono: true, sampleRate: 16000)
            recognizer.begin()
            _ = recognizer.accept(audio.samples)
            total.add(WordAlignment(referenceText: reference, hypothesisText: recognizer.end()))
        }
        print("LibriVox: WER \(total.rate) over \(total.referenceWords) words")
        #expect(total.referenceWords > 50)
        #expect(total.rate < 0.5)
    }

    @Test("a missing model is a clear error")
    func missingModel() {
        var configuration = PocketSphinxConfiguration.genericEnglish
        configuration.dictionary = "/nonexistent/dict"
        #expect { try PocketSphinxRecognizer(configuration: configuration) } throws: { "\($0)".contains("/nonexistent/dict") }
    }
}
