import SimTime

/// How one direction of a call's line behaves: codec, delay, jitter, loss, and the
/// receiver's jitter buffer and concealment. Decoded straight from a scenario's `line`;
/// the defaults are a clean 16 kHz line.
public struct LineConfig: Sendable, Equatable {
    /// How audio is encoded on the wire.
    public enum Codec: String, CaseIterable, Sendable {
        /// 16-bit linear PCM at 16 kHz (WebRTC-like).
        case pcm16
        /// G.711 μ-law at 8 kHz (telephony).
        case mulaw
        /// Opus at 16 kHz and `opusBitrateKbps` (WebRTC); lost packets are concealed by the
        /// Opus decoder itself, whatever `concealment` says.
        case opus

        /// The sample rate the codec carries.
        public var sampleRate: Int { self == .mulaw ? 8000 : 16000 }
    }

    /// The shape of the per-packet delay variation.
    public enum JitterDistribution: String, CaseIterable, Sendable {
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
    public struct JitterBuffer: Sendable, Equatable {
        /// Whether the depth stays put or follows the measured jitter.
        public enum Mode: String, CaseIterable, Sendable {
            /// A constant playout delay.
            case fixed
            /// Grows with observed jitter up to `maxDepthMs`, shrinks back in silence.
            case adaptive
        }

        /// Fixed or adaptive.
        public var mode: Mode
        /// The playout delay it holds (an adaptive buffer's starting depth), in milliseconds.
        public var depthMs: Int
        /// The deepest an adaptive buffer may grow, in milliseconds (≥ `depthMs`).
        public var maxDepthMs: Int

        /// Creates a jitter buffer configuration.
        public init(mode: Mode = .fixed, depthMs: Int = 60, maxDepthMs: Int = 200) {
            self.mode = mode
            self.depthMs = depthMs
            self.maxDepthMs = maxDepthMs
        }
    }

    /// What replaces a missing frame.
    public enum Concealment: String, CaseIterable, Sendable {
        /// The last frame again, fading (−6 dB per repeat).
        case `repeat`
        /// Comfort noise at the level of the last frame, −20 dB.
        case noise
        /// Silence.
        case silence
    }

    /// The codec on the wire.
    public var codec: Codec
    /// The Opus target bitrate, kbit/s (for the `opus` codec).
    public var opusBitrateKbps: Int
    /// One-way delay, in milliseconds (added to the transport delay a call's latency
    /// profile gives, if any).
    public var delayMs: Double
    /// Standard deviation (normal) or mean extra delay (Pareto) of the jitter, in milliseconds.
    public var jitterMs: Double
    /// The shape of the jitter.
    public var jitterDistribution: JitterDistribution
    /// Packet loss, nil for none.
    public var loss: Loss?
    /// Probability a packet is held back an extra 40 ms (arriving after later ones).
    public var reorder: Double
    /// The receiver's jitter buffer.
    public var jitterBuffer: JitterBuffer
    /// What fills lost packets.
    public var concealment: Concealment

    /// Creates a line configuration.
    public init(codec: Codec = .pcm16, opusBitrateKbps: Int = 24, delayMs: Double = 0, jitterMs: Double = 0,
                jitterDistribution: JitterDistribution = .normal, loss: Loss? = nil, reorder: Double = 0,
                jitterBuffer: JitterBuffer = .init(), concealment: Concealment = .repeat) {
        self.codec = codec
        self.opusBitrateKbps = opusBitrateKbps
        self.delayMs = delayMs
        self.jitterMs = jitterMs
        self.jitterDistribution = jitterDistribution
        self.loss = loss
        self.reorder = reorder
        self.jitterBuffer = jitterBuffer
        self.concealment = concealment
    }

    /// The jitter buffer's (starting) playout delay.
    public var bufferDepth: SimDuration { .milliseconds(jitterBuffer.depthMs) }
    /// The adaptive buffer's ceiling.
    public var maxBufferDepth: SimDuration { .milliseconds(jitterBuffer.maxDepthMs) }
}
