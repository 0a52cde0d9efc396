import ArgumentParser
import CallAudio
import CallSpeech
import Foundation
import SimTime

/// `callharness impair IN OUT --noise TYPE --snr DB --codec pcm16|mulaw --seed N`
struct Impair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write what an agent would hear: noise at an SNR, then the line codec.")

    enum Codec: String, ExpressibleByArgument, CaseIterable {
        case pcm16, mulaw
    }

    @Argument(help: "Input audio (any format libsndfile reads).")
    var input: String

    @Argument(help: "Output WAV file (16-bit).")
    var output: String

    @Option(help: "Noise type: \(NoiseKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var noise: String?

    @Option(help: "Noise file (any libsndfile format), looped from a seeded offset.")
    var noiseFile: String?

    @Option(help: "Signal-to-noise ratio in dB against the P.56 active speech level (-20…80).")
    var snr = 20.0

    @Option(help: "Line codec: pcm16 (16 kHz linear) or mulaw (G.711 at 8 kHz).")
    var codec: Codec = .pcm16

    @Option(help: "Seed for the noise.")
    var seed: UInt64 = 42

    func run() throws {
        try reportingBadInput {
            guard noise == nil || noiseFile == nil else { throw BadInput("impair: give --noise or --noise-file, not both") }
            guard (-20...80).contains(snr) else { throw BadInput("impair: --snr \(snr) is out of range (-20…80 dB)") }
            let kind = try noise.map { name throws(BadInput) -> NoiseKind in
                guard let kind = NoiseKind(rawValue: name) else {
                    throw BadInput("impair: unknown noise '\(name)' (known: \(NoiseKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return kind
            }
            var audio = try AudioFile.read(input, mono: true)
            var rng = SeededGenerator(seed: Seed.derive(seed, "impair", "noise"))
            if let kind {
                let noiseAudio = try kind == .babble
                    ? NoiseGenerator.babble(talkers: BabbleTalkers.talkers(sampleRate: audio.sampleRate), frames: audio.frameCount, using: &rng)
                    : NoiseGenerator.generate(kind, frames: audio.frameCount, sampleRate: audio.sampleRate, using: &rng)
                audio = Mixer.mix(speech: audio, noise: noiseAudio, snrDB: snr).mixed
            } else if let noiseFile {
                let recorded = try AudioFile.read(noiseFile, mono: true, sampleRate: audio.sampleRate)
                audio = Mixer.mix(speech: audio, noise: NoiseGenerator.looped(recorded, frames: audio.frameCount, using: &rng), snrDB: snr).mixed
            }
            switch codec {
            case .pcm16:
                break
            case .mulaw:
                if audio.sampleRate != 8000 { audio = Resampler.resample(audio, to: 8000) }
                audio = AudioBuffer(int16: MuLaw.decode(MuLaw.encode(audio.int16Samples)), sampleRate: 8000)
            }
            try AudioFile.write(audio, to: output)
            print("\(output): \(String(format: "%.2f", audio.duration)) s at \(audio.sampleRate) Hz")
        }
    }
}
