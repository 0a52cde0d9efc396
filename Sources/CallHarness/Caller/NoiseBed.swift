import CallAudio
import CallScenario
import CallSpeech
import SimTime

/// Background noise at the caller's microphone: each condition's noise, looped, scaled
/// so the caller's speech (its P.56 active level) sits `snrDb` above it, on during its
/// window.
struct NoiseBed {
    private struct Layer {
        var samples: [Float]
        var gain: Float
        var start: Int
        var end: Int?
    }

    private var layers: [Layer] = []
    static let loopSeconds = 30

    /// Prepares `conditions` for speech at `speechLevel` dBov.
    init(_ conditions: [NoiseCondition], speechLevel: Double, sampleRate: Int, seed: UInt64) throws {
        for (i, condition) in conditions.enumerated() {
            var rng = SeededGenerator(seed: Seed.derive(seed, "noise", String(i)))
            let frames = Self.loopSeconds * sampleRate
            let noise: AudioBuffer
            switch condition.source {
            case .file(let path):
                noise = NoiseGenerator.looped(try AudioFile.read(path, mono: true, sampleRate: sampleRate), frames: frames, using: &rng)
            case .generated(let name):
                let kind = NoiseKind(rawValue: name) ?? .white
                switch kind {
                case .babble: noise = NoiseGenerator.babble(talkers: try BabbleTalkers.talkers(sampleRate: sampleRate), frames: frames, using: &rng)
                case .hum: noise = NoiseGenerator.hum(frames: frames, sampleRate: sampleRate, mainsHz: Double(condition.humHz), using: &rng)
                default: noise = NoiseGenerator.generate(kind, frames: frames, sampleRate: sampleRate, using: &rng)
                }
            }
            let gain = Float(Level.gain(db: speechLevel - condition.snrDb - Level.rms(noise.samples)))
            layers.append(Layer(samples: noise.samples, gain: gain, start: condition.startMs * sampleRate / 1000,
                                end: condition.endMs.map { $0 * sampleRate / 1000 }))
        }
    }

    /// Adds the noise for samples `[offset, offset + frame.count)` of the call.
    func add(into frame: inout [Float], at offset: Int) {
        for layer in layers where !layer.samples.isEmpty {
            for i in frame.indices {
                let n = offset + i
                guard n >= layer.start, layer.end.map({ n < $0 }) ?? true else { continue }
                frame[i] += layer.gain * layer.samples[n % layer.samples.count]
            }
        }
    }
}
