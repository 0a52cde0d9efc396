import CallAudio
import Testing
@testable import CallSpeech

@Suite("Local synthesizers")
struct SynthesizerTests {
    @Test("every flite voice speaks at its own rate", arguments: FliteSynthesizer.voices)
    func flite(voice: String) throws {
        let synth = try FliteSynthesizer(voice: voice)
        let audio = try synth.synthesize("Thank you for calling.")
        #expect(audio.sampleRate == (voice == "kal" ? 8000 : 16000))
        #expect(audio.duration > 0.6 && audio.duration < 3)
        #expect(ActiveSpeechLevel.measure(audio.samples, sampleRate: audio.sampleRate).level > -40)
    }

    @Test("the English espeak-ng accents are available", arguments: ["en-us", "en-gb", "en-gb-scotland", "en-029", "en-gb-x-rp", "en-us+f3"])
    func espeak(voice: String) throws {
        let synth = try EspeakSynthesizer(voice: voice)
        let audio = try synth.synthesize("Thank you for calling.")
        #expect(audio.sampleRate == 22050)
        #expect(try synth.synthesize("Thank you for calling.") == audio, "deterministic")
        #expect(audio.duration > 0.6 && audio.duration < 3)
    }

    @Test("rate control shortens and lengthens speech", arguments: ["flite/awb", "espeak/en-gb"])
    func rate(voice: String) throws {
        let synth = try Voices.synthesizer(for: voice)
        let text = "I would like to book an appointment for next Tuesday afternoon."
        let normal = try synth.synthesize(text, rate: 1).duration
        let fast = try synth.synthesize(text, rate: 1.5).duration
        let slow = try synth.synthesize(text, rate: 0.75).duration
        #expect(fast < normal * 0.8, "fast \(fast) vs \(normal)")
        #expect(slow > normal * 1.15, "slow \(slow) vs \(normal)")
    }

    @Test("synthesis is deterministic")
    func deterministic() throws {
        let synth = try Voices.synthesizer(for: "flite/slt")
        #expect(try synth.synthesize("Doctor Patel") == synth.synthesize("Doctor Patel"))
    }

    @Test("unknown voices and rates are refused with the known voices listed")
    func unknown() {
        #expect { try Voices.synthesizer(for: "flite/nobody") } throws: { error in
            "\(error)".contains("flite/nobody") && "\(error)".contains("flite/slt")
        }
        #expect(throws: SpeechError.self) { try Voices.synthesizer(for: "espeak/xx-nowhere") }
        #expect(throws: SpeechError.self) { try Voices.synthesizer(for: "slt") }
        #expect(throws: SpeechError.self) { try Voices.synthesizer(for: "flite/slt").synthesize("hi", rate: 0) }
    }
}
