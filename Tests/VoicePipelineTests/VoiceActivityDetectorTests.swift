import CallAudio
import SimTime
import Testing
@testable import VoicePipeline

@Suite("Voice activity detector")
struct VoiceActivityDetectorTests {
    static let speech: [Float] = (try? TestAudio.speech("I'd like to book an appointment with Doctor Patel.", padMs: 1200)) ?? []

    func events(_ samples: [Float], chunk: Int) -> [VoiceActivityDetector.Event] {
        var vad = VoiceActivityDetector(sampleRate: 16000)
        var out: [VoiceActivityDetector.Event] = []
        var start = 0
        while start < samples.count {
            let piece = Array(samples[start..<min(samples.count, start + chunk)])
            out += vad.process(piece, at: .zero + .samples(start, rate: 16000))
            start += chunk
        }
        return out
    }

    @Test("the same audio in any chunk size gives the same decisions", arguments: [1, 37, 160, 320, 1000, 4096])
    func chunking(chunk: Int) {
        #expect(!Self.speech.isEmpty)
        #expect(events(Self.speech, chunk: chunk) == events(Self.speech, chunk: 320))
    }

    /// The truth is the first and last sample above −50 dBov peak; the detector works on
    /// 20 ms RMS against −50 dBov, so soft onsets and tails are placed a little inside.
    /// (The detector learns the noise floor from its first second of audio, so the speech
    /// starts after 1.2 s.)
    @Test("nothing counts as speech before the detector has a second of audio to learn the floor")
    func warmUp() {
        var vad = VoiceActivityDetector(sampleRate: 16000)
        let loud = [Float](repeating: 0.3, count: 16000 * 9 / 10)
        #expect(vad.process(loud, at: .zero).isEmpty)
    }

    @Test("speech is found where it is: onset and offset within 150 ms of the truth")
    func placement() throws {
        let found = events(Self.speech, chunk: 320)
        guard case .speechStarted(let start)? = found.first, case .speechEnded(let end)? = found.last else {
            Issue.record("expected a start and an end, got \(found)")
            return
        }
        let truthStart = 1.2, truthEnd = Double(Self.speech.count) / 16000 - 1.2
        #expect(abs(start.seconds - truthStart) <= 0.15, "start \(start.seconds) vs \(truthStart)")
        #expect(abs(end.seconds - truthEnd) <= 0.15, "end \(end.seconds) vs \(truthEnd)")
    }

    @Test("steady noise stops counting as speech as the floor adapts")
    func adaptsToNoise() {
        var rng = SeededGenerator(seed: 1)
        // 1 s of silence, then 6 s of pink noise at −35 dBov.
        var noise = NoiseGenerator.pink(frames: 96000, sampleRate: 16000, using: &rng).samples
        let gain = Float(Level.gain(db: -35 - NoiseGenerator.referenceLevel))
        noise = [Float](repeating: 0, count: 16000) + noise.map { $0 * gain }
        var vad = VoiceActivityDetector(sampleRate: 16000)
        _ = vad.process(noise, at: .zero)
        #expect(!vad.isSpeaking, "after seconds of the same noise, the detector no longer calls it speech")
        #expect(abs((vad.noiseFloor ?? 0) - -35) < 4)
    }
}
