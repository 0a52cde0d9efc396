/// The telephone line between caller and agent: codec, delay, jitter, loss, and the
/// receiver's jitter buffer and concealment.
public struct LineConditions: Sendable, Equatable {
    /// Audio encoding on the line.
    public var codec: LineCodec
    /// The Opus target bitrate, kbit/s (for the `opus` codec).
    public var opusBitrateKbps: Int
    /// One-way delay added to the latency profile's transport delay, in milliseconds.
    public var delayMs: Int
    /// Delay variation per packet, in milliseconds.
    public var jitterMs: Int
    /// Shape of the delay variation.
    public var jitterDistribution: JitterDistribution
    /// Packet loss, or nil for none.
    public var loss: LossModel?
    /// Share of packets that arrive out of order (0…1).
    public var reorder: Double
    /// The receiver's jitter buffer.
    public var jitterBuffer: JitterBufferConfig
    /// What fills lost packets.
    public var concealment: Concealment

    /// Creates line conditions; the defaults are a clean 16 kHz line.
    public init(codec: LineCodec = .pcm16, opusBitrateKbps: Int = 24, delayMs: Int = 0, jitterMs: Int = 0, jitterDistribution: JitterDistribution = .normal,
                loss: LossModel? = nil, reorder: Double = 0, jitterBuffer: JitterBufferConfig = .init(), concealment: Concealment = .repeat) {
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
}
