import ArgumentParser
import CallAudio
import CallSpeech
import Foundation
import CallImpairment
import SimTime

/// `callharness impair IN OUT --noise TYPE --snr DB --codec pcm16|mulaw|opus --seed N`
struct Impair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write what an agent would hear: noise at an SNR, then the line codec.")

    enum Codec: String, ExpressibleByArgument, CaseIterable {
        case pcm16, mulaw, opus
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

    @Option(help: "Line codec: pcm16 (16 kHz linear), mulaw (G.711 at 8 kHz) or opus (16 kHz, concealing losses with its own decoder).")
    var codec: Codec = .pcm16

    @Option(help: "Opus bitrate in kbit/s (6…128), with --codec opus.")
    var opusBitrate = 24

    @Option(parsing: .unconditional, help: "Seed for the noise and the line.")
    var seed = SeedText(argument: "42")

    @Option(help: "One-way line delay in ms (the output starts that much later).")
    var delay: Double = 0

    @Option(help: "Line jitter in ms (standard deviation; mean extra delay with --jitter-shape pareto).")
    var jitter: Double = 0

    @Option(help: "Jitter shape: normal or pareto.")
    var jitterShape: String = "normal"

    @Option(help: "Packet loss in percent (0…50).")
    var loss: Double = 0

    @Option(help: "Loss model: bernoulli (independent) or gilbert (bursts, netem's Gilbert-Elliott).")
    var lossModel: String = "bernoulli"

    @Option(help: "Mean loss burst length in packets, for --loss-model gilbert.")
    var burst: Double = 2

    @Option(help: "Receiver jitter buffer: fixed or adaptive.")
    var jitterBuffer: String = "fixed"

    @Option(help: "Jitter buffer depth in ms (the adaptive buffer's starting depth).")
    var bufferMs: Int = 60

    @Option(help: "Concealment of missing packets: repeat, noise or silence.")
    var concealment: String = "repeat"

    func lineConfiguration() throws -> LineConfig {
        guard (0...2000).contains(delay) else { throw BadInput("impair: --delay \(delay) is out of range (0…2000 ms)") }
        guard (0...500).contains(jitter) else { throw BadInput("impair: --jitter \(jitter) is out of range (0…500 ms)") }
        guard (0...50).contains(loss) else { throw BadInput("impair: --loss \(loss) is out of range (0…50 %)") }
        guard burst >= 1 else { throw BadInput("impair: --burst must be at least 1 packet") }
        guard (0...1000).contains(bufferMs) else { throw BadInput("impair: --buffer-ms \(bufferMs) is out of range (0…1000)") }
        guard (6...128).contains(opusBitrate) else { throw BadInput("impair: --opus-bitrate \(opusBitrate) is out of range (6…128 kbit/s)") }
        var c = LineConfig(codec: LineConfig.Codec(rawValue: codec.rawValue)!, opusBitrateKbps: opusBitrate, delayMs: delay, jitterMs: jitter)
        guard let shape = LineConfig.JitterDistribution(rawValue: jitterShape) else { throw BadInput("impair: --jitter-shape must be normal or pareto") }
        c.jitterDistribution = shape
        if loss > 0 {
            let rate = loss / 100
            switch lossModel {
            case "bernoulli": c.loss = .bernoulli(rate: rate)
            case "gilbert":
                let r = 1 / burst
                c.loss = .gilbert(p: rate * r / (1 - rate), r: r, lossInBad: 1, lossInGood: 0)
            default: throw BadInput("impair: --loss-model must be bernoulli or gilbert")
            }
        }
        guard let mode = LineConfig.JitterBuffer.Mode(rawValue: jitterBuffer) else { throw BadInput("impair: --jitter-buffer must be fixed or adaptive") }
        c.jitterBuffer = LineConfig.JitterBuffer(mode: mode, depthMs: bufferMs, maxDepthMs: max(bufferMs, 300))
        guard let hide = LineConfig.Concealment(rawValue: concealment) else { throw BadInput("impair: --concealment must be repeat, noise or silence") }
        c.concealment = hide
        return c
    }

    func run() throws {
        let seed = try seed.value()
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
            let line = try lineConfiguration()
            var stats: LineStats?
            if line.delayMs > 0 || line.jitterMs > 0 || line.loss != nil || codec == .opus {
                (audio, stats) = LineSimulation.transmit(audio, over: line, seed: Seed.derive(seed, "impair", "line"))
            } else if codec == .mulaw {
                if audio.sampleRate != 8000 { audio = Resampler.resample(audio, to: 8000) }
                audio = AudioBuffer(int16: MuLaw.decode(MuLaw.encode(audio.int16Samples)), sampleRate: 8000)
            }
            try AudioFile.write(audio, to: output)
            print("\(output): \(String(format: "%.2f", audio.duration)) s at \(audio.sampleRate) Hz")
            if let stats {
                print("line: \(stats.sent) packets, \(stats.lost) lost, \(stats.late) late, \(stats.concealed) concealed, mean delay \(String(format: "%.1f", stats.meanDelayMs)) ms")
            }
        }
    }
}
