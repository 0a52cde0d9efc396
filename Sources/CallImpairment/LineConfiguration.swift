import SimTime

/// How one direction of a call's line behaves.
public struct LineConfiguration: Sendable, Equatable {
    /// The codec on the wire.
    public enum Codec: String, Sendable {
        /// 16-bit linear PCM at 16 kHz (WebRTC-like).
        case pcm16
        /// G.711 μ-law at 8 kHz (telephony).
        case mulaw
        /// Opus at 16 kHz and `opusBitrate` (WebRTC); lost packets are concealed by the
        /// Opus decoder itself, whatever `concealment` says.
        case opus

        /// The sample rate the codec carries.
        public var sampleRate: Int { self == .mulaw ? 8000 : 16000 }
    }

    /// The shape of the delay variation.
    public enum JitterShape: String, Sendable {
        /// Normal around the base delay.
        case normal
        /// Pareto-tailed: mostly small, occasionally very late.
        case pareto
    }

    /// How packets go missing.
    public enum Loss: Sendable, Equatable {
        /// Each packet lost independently with probability `rate`.
        case bernoulli(rate: Double)
        /// Gilbert–Elliott as in netem: p = P(good→bad), r = P(bad→good), loss
        /// probability `lossInBad` (1−h) in the bad state and `lossInGood` (1−k) in the good one.
        case gilbert(p: Double, r: Double, lossInBad: Double, lossInGood: Double)
    }

    /// The receiver's jitter buffer.
    public enum JitterBufferMode: String, Sendable {
        /// A constant playout delay.
        case fixed
        /// Grows with observed jitter (up to the maximum), shrinks back in silence.
        case adaptive
    }

    /// What replaces a missing frame.
    public enum Concealment: String, Sendable {
        /// The last frame again, fading (−6 dB per repeat).
        case `repeat`
        /// Comfort noise at the level of the last frame, −20 dB.
        case noise
        /// Silence.
        case silence
    }

    public var codec: Codec = .pcm16
    /// The Opus target bitrate in bits per second (for the `opus` codec).
    public var opusBitrate = 24000
    /// One-way delay before jitter.
    public var delay: SimDuration = .zero
    /// Standard deviation (normal) or mean extra delay (Pareto) of the jitter, ms.
    public var jitterMs: Double = 0
    public var jitterShape: JitterShape = .normal
    public var loss: Loss?
    /// Probability a packet is held back an extra 40 ms (arriving after later ones).
    public var reorder: Double = 0
    public var jitterBuffer: JitterBufferMode = .fixed
    /// Playout delay added by the jitter buffer (its starting depth when adaptive).
    public var bufferDepth: SimDuration = .milliseconds(60)
    /// The adaptive buffer's ceiling.
    public var maxBufferDepth: SimDuration = .milliseconds(200)
    public var concealment: Concealment = .repeat

    /// A perfect line with the given codec and delay (and a 60 ms jitter buffer).
    public init(codec: Codec = .pcm16, delay: SimDuration = .zero) {
        self.codec = codec
        self.delay = delay
    }
}
