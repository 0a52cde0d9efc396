import Foundation

/// Seeded noise generators. Every generator returns a mono buffer normalized to
/// `NoiseGenerator.referenceLevel` dBov RMS; mixing rescales it to the wanted SNR.
public enum NoiseGenerator {
    /// RMS level of generated noise, dBov.
    public static let referenceLevel: Double = -26

    /// Generates noise of a kind that needs no speech material (everything but babble).
    public static func generate(_ kind: NoiseKind, frames: Int, sampleRate: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        switch kind {
        case .white: white(frames: frames, sampleRate: sampleRate, using: &rng)
        case .pink: pink(frames: frames, sampleRate: sampleRate, using: &rng)
        case .brown: brown(frames: frames, sampleRate: sampleRate, using: &rng)
        case .hum: hum(frames: frames, sampleRate: sampleRate, mainsHz: 60, using: &rng)
        case .street: street(frames: frames, sampleRate: sampleRate, using: &rng)
        case .babble: preconditionFailure("babble is built from voices: use babble(talkers:frames:using:)")
        }
    }

    /// Gaussian white noise.
    public static func white(frames: Int, sampleRate: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        var out = [Float](repeating: 0, count: frames)
        for i in 0..<frames { out[i] = Float(gaussian(&rng)) }
        return normalized(out, sampleRate: sampleRate)
    }

    /// Pink noise: white noise through Paul Kellet's refined 1/f filter.
    public static func pink(frames: Int, sampleRate: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        var b = [Double](repeating: 0, count: 7)
        var out = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            let w = gaussian(&rng)
            b[0] = 0.99886 * b[0] + w * 0.0555179
            b[1] = 0.99332 * b[1] + w * 0.0750759
            b[2] = 0.96900 * b[2] + w * 0.1538520
            b[3] = 0.86650 * b[3] + w * 0.3104856
            b[4] = 0.55000 * b[4] + w * 0.5329522
            b[5] = -0.7616 * b[5] - w * 0.0168980
            out[i] = Float(b[0] + b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + w * 0.5362)
            b[6] = w * 0.115926
        }
        return normalized(out, sampleRate: sampleRate)
    }

    /// Brown noise: leaky integration of white noise (corner ≈ 5 Hz so it cannot drift).
    public static func brown(frames: Int, sampleRate: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        let leak = exp(-2 * Double.pi * 5 / Double(sampleRate))
        var y = 0.0
        var out = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            y = leak * y + gaussian(&rng)
            out[i] = Float(y)
        }
        return normalized(out, sampleRate: sampleRate)
    }

    /// Mains hum: the fundamental and its first harmonics (odd ones stronger, as from a
    /// transformer), each with a seeded phase.
    public static func hum(frames: Int, sampleRate: Int, mainsHz: Double, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        let amplitudes: [Double] = [1.0, 0.35, 0.5, 0.15, 0.25, 0.08, 0.12]
        let nyquist = Double(sampleRate) / 2
        let partials = amplitudes.enumerated().compactMap { index, amplitude -> (Double, Double, Double)? in
            let frequency = mainsHz * Double(index + 1)
            guard frequency < nyquist else { return nil }
            return (frequency, amplitude, uniform(&rng) * 2 * .pi)
        }
        var out = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            let t = Double(i) / Double(sampleRate)
            var sum = 0.0
            for (f, a, phase) in partials { sum += a * sin(2 * .pi * f * t + phase) }
            out[i] = Float(sum)
        }
        return normalized(out, sampleRate: sampleRate)
    }

    /// Street noise: brown rumble, slow level swells, and passing vehicles (band-limited
    /// noise bursts with a rise and fall of a few seconds).
    public static func street(frames: Int, sampleRate: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        let rumble = brown(frames: frames, sampleRate: sampleRate, using: &rng).samples
        let hiss = pink(frames: frames, sampleRate: sampleRate, using: &rng).samples
        var out = [Float](repeating: 0, count: frames)
        // A vehicle passes every 3–8 s, taking 2–4 s.
        var passes: [(center: Int, halfWidth: Int)] = []
        var t = Int(uniform(&rng) * 3 * Double(sampleRate))
        while t < frames {
            passes.append((t, Int((1 + uniform(&rng) * 1) * Double(sampleRate))))
            t += Int((3 + uniform(&rng) * 5) * Double(sampleRate))
        }
        let swellHz = 0.1 + uniform(&rng) * 0.1
        for i in 0..<frames {
            var pass = 0.0
            for p in passes where abs(i - p.center) < p.halfWidth {
                let x = Double(i - p.center) / Double(p.halfWidth)
                pass += 0.5 * (1 + cos(.pi * x))
            }
            let swell = 1 + 0.3 * sin(2 * .pi * swellHz * Double(i) / Double(sampleRate))
            out[i] = Float(swell) * rumble[i] + Float(0.4 + 1.2 * pass) * hiss[i]
        }
        return normalized(out, sampleRate: sampleRate)
    }

    /// Babble: several talkers, each looped from a seeded offset and brought to the same
    /// active level, summed.
    public static func babble(talkers: [AudioBuffer], frames: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        precondition(!talkers.isEmpty, "babble needs at least one talker")
        let rate = talkers[0].sampleRate
        var out = [Float](repeating: 0, count: frames)
        for talker in talkers {
            let voice = talker.mono()
            precondition(voice.sampleRate == rate, "talkers must share a sample rate")
            guard voice.frameCount > 0 else { continue }
            let level = ActiveSpeechLevel.measure(voice.samples, sampleRate: rate).level
            let gain = Float(Level.gain(db: referenceLevel - level))
            var position = Int(uniform(&rng) * Double(voice.frameCount))
            for i in 0..<frames {
                out[i] += gain * voice.samples[position]
                position += 1
                if position == voice.frameCount { position = 0 }
            }
        }
        return normalized(out, sampleRate: rate)
    }

    /// Loops `noise` (from a seeded offset) to exactly `frames` long.
    public static func looped(_ noise: AudioBuffer, frames: Int, using rng: inout some RandomNumberGenerator) -> AudioBuffer {
        let mono = noise.mono()
        guard mono.frameCount > 0 else { return .silence(frames: frames, sampleRate: noise.sampleRate) }
        var out = [Float](repeating: 0, count: frames)
        var position = Int(uniform(&rng) * Double(mono.frameCount))
        for i in 0..<frames {
            out[i] = mono.samples[position]
            position += 1
            if position == mono.frameCount { position = 0 }
        }
        return AudioBuffer(samples: out, sampleRate: noise.sampleRate)
    }

    // MARK: - Helpers

    /// A uniform double in [0, 1) from the top 53 bits of the generator's next value.
    static func uniform(_ rng: inout some RandomNumberGenerator) -> Double {
        Double(rng.next() >> 11) * 0x1p-53
    }

    /// A standard normal deviate (Box–Muller).
    static func gaussian(_ rng: inout some RandomNumberGenerator) -> Double {
        let u1 = max(uniform(&rng), 0x1p-53)
        let u2 = uniform(&rng)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    static func normalized(_ samples: [Float], sampleRate: Int) -> AudioBuffer {
        let level = Level.rms(samples)
        guard level > Level.floor else { return AudioBuffer(samples: samples, sampleRate: sampleRate) }
        let gain = Float(Level.gain(db: referenceLevel - level))
        return AudioBuffer(samples: samples.map { $0 * gain }, sampleRate: sampleRate)
    }
}
