import CallAudio
import CallSpeech
import Foundation
import Testing
import VoicePipeline

@Suite("The synthesis cache's disk layer")
struct SynthesisDiskCacheTests {
    let folder = NSTemporaryDirectory() + "callharness-tts-\(UUID().uuidString)"
    let text = "Thank you for calling City General Hospital."

    func cacheFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tts") }.map { folder + "/" + $0 }
    }

    @Test("a second process's synthesis of the same text comes from disk, sample for sample")
    func servedFromDisk() throws {
        let voice = try Voices.synthesizer(for: "flite/slt")
        let first = SynthesisCache(directory: folder)
        let (made, _) = try first.audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        #expect(first.statistics.syntheses == 1 && first.statistics.diskWrites == 1)
        _ = try first.audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        #expect(first.statistics.memoryHits == 1)
        #expect(try cacheFiles().count == 1)

        let second = SynthesisCache(directory: folder)
        let (read, _) = try second.audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        #expect(second.statistics.diskHits == 1 && second.statistics.syntheses == 0)
        #expect(read == made)
        #expect(read == Resampler.resample(try voice.synthesize(text), to: 16000), "the same samples a fresh synthesis gives")

        // Another rate, another voice or another text is another entry.
        _ = try second.audio(text, synthesizer: voice, rate: 1.2, sampleRate: 16000, measure: false)
        _ = try second.audio(text, synthesizer: voice, rate: 1, sampleRate: 8000, measure: false)
        _ = try second.audio(text, synthesizer: try Voices.synthesizer(for: "flite/awb"), rate: 1, sampleRate: 16000, measure: false)
        #expect(second.statistics.syntheses == 3)
        #expect(try cacheFiles().count == 4)
    }

    @Test("a corrupt cache file is ignored and rewritten", arguments: ["truncated", "flipped", "garbage", "empty", "other key"])
    func corrupt(kind: String) throws {
        let voice = try Voices.synthesizer(for: "flite/kal16")
        let (made, _) = try SynthesisCache(directory: folder).audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        let file = try #require(try cacheFiles().first)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        switch kind {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count / 2] ^= 0x40
        case "garbage": bytes = Array("RIFF not a cache file at all".utf8)
        case "empty": bytes = []
        default:
            // A valid file for another text, under this text's name.
            let other = NSTemporaryDirectory() + "callharness-tts-\(UUID().uuidString)"
            _ = try SynthesisCache(directory: other).audio("Goodbye.", synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: other).first { $0.hasSuffix(".tts") })
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: other + "/" + name)))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))

        let cache = SynthesisCache(directory: folder)
        let (read, _) = try cache.audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        #expect(cache.statistics.rejectedFiles == 1 && cache.statistics.syntheses == 1 && cache.statistics.diskWrites == 1)
        #expect(read == made)

        let after = SynthesisCache(directory: folder)
        _ = try after.audio(text, synthesizer: voice, rate: 1, sampleRate: 16000, measure: false)
        #expect(after.statistics.diskHits == 1 && after.statistics.rejectedFiles == 0, "the file was rebuilt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("without a folder nothing is written")
    func memoryOnly() throws {
        let cache = SynthesisCache()
        _ = try cache.audio(text, synthesizer: try Voices.synthesizer(for: "flite/slt"), rate: 1, sampleRate: 16000, measure: false)
        #expect(cache.statistics.diskWrites == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
