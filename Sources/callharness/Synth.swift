import ArgumentParser
import CallAudio
import CallSpeech

/// `callharness synth TEXT --voice flite/slt --out FILE [--rate R]`
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Speak text with a local voice into a WAV file.")

    @Argument(help: "The text to speak.")
    var text: String

    @Option(help: "engine/voice: flite/{kal,kal16,slt,rms,awb} or espeak/<voice>[+variant].")
    var voice = "flite/slt"

    @Option(help: "Speaking rate (1 = normal, 1.5 = 50% faster).")
    var rate = 1.0

    @Option(help: "Resample to this rate (default: the voice's own).")
    var sampleRate: Int?

    @Option(help: "Output WAV file.")
    var out: String

    func run() throws {
        try reportingBadInput {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw BadInput("synth: the text is empty") }
            var audio = try Voices.synthesizer(for: voice).synthesize(text, rate: rate)
            if let sampleRate {
                guard (4000...96000).contains(sampleRate) else { throw BadInput("synth: --sample-rate \(sampleRate) is out of range (4000…96000)") }
                audio = Resampler.resample(audio, to: sampleRate)
            }
            try AudioFile.write(audio, to: out)
            print("\(out): \(String(format: "%.2f", audio.duration)) s at \(audio.sampleRate) Hz (\(voice))")
        }
    }
}
