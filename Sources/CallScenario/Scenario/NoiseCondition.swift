/// Background noise mixed at the caller's microphone.
public struct NoiseCondition: Sendable, Equatable {
    /// The noise.
    public var source: NoiseSource
    /// Speech-to-noise ratio against the caller's active speech level (ITU-T P.56), in dB.
    public var snrDb: Double
    /// When the noise starts, in milliseconds from the start of the call.
    public var startMs: Int
    /// When it stops, or nil to last the whole call.
    public var endMs: Int?
    /// Mains frequency of `hum` noise (50 or 60 Hz).
    public var humHz: Int

    /// Creates a noise condition.
    public init(source: NoiseSource = .generated("white"), snrDb: Double = 20, startMs: Int = 0, endMs: Int? = nil, humHz: Int = 60) {
        self.source = source
        self.snrDb = snrDb
        self.startMs = startMs
        self.endMs = endMs
        self.humHz = humHz
    }
}
