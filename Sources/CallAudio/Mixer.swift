/// Adds noise to speech at a signal-to-noise ratio defined against the speech's ITU-T
/// P.56 active level: SNR = active speech level − RMS level of the added noise.
public enum Mixer {
    /// The result of a mix.
    public struct Result: Sendable {
        /// Speech plus scaled noise.
        public var mixed: AudioBuffer
        /// The noise exactly as added.
        public var noise: AudioBuffer
        /// P.56 active level of the speech, dBov.
        public var speechLevel: Double
        /// RMS level of the added noise, dBov.
        public var noiseLevel: Double
    }

    /// Mixes `noise` (mono, same rate, at least as long as `speech`) into mono `speech`
    /// so that the speech's active level sits `snrDB` above the noise.
    public static func mix(speech: AudioBuffer, noise: AudioBuffer, snrDB: Double) -> Result {
        precondition(speech.channels == 1 && noise.channels == 1, "mix takes mono buffers")
        precondition(speech.sampleRate == noise.sampleRate, "speech and noise rates differ")
        precondition(noise.frameCount >= speech.frameCount, "noise is shorter than the speech")
        let segment = Array(noise.samples.prefix(speech.frameCount))
        let speechLevel = ActiveSpeechLevel.measure(speech.samples, sampleRate: speech.sampleRate).level
        let gain = Float(Level.gain(db: speechLevel - snrDB - Level.rms(segment)))
        let scaled = segment.map { $0 * gain }
        var mixed = speech.samples
        for i in mixed.indices { mixed[i] += scaled[i] }
        return Result(
            mixed: AudioBuffer(samples: mixed, sampleRate: speech.sampleRate),
            noise: AudioBuffer(samples: scaled, sampleRate: speech.sampleRate),
            speechLevel: speechLevel,
            noiseLevel: Level.rms(scaled))
    }
}
