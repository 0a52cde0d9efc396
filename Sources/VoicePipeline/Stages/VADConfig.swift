/// Settings of the energy voice-activity detector (an agent file's `vad`).
public struct VADConfig: Sendable, Equatable {
    /// How far above the tracked noise floor a frame must be to count as speech, dB.
    public var thresholdDb: Double
    /// A frame quieter than this is never speech, dBov.
    public var minLevelDb: Double
    /// Speech must last this long before it counts as started.
    public var startMs: Int
    /// Silence must last this long before speech counts as ended.
    public var hangoverMs: Int
    /// Segments shorter than this are dropped as clicks and noise bursts.
    public var minSpeechMs: Int
    /// Audio kept from before the detected start, handed to the recognizer.
    public var preRollMs: Int

    /// Creates a configuration (defaults: 9 dB over the floor, −50 dBov, 60 ms start, 200 ms hangover, 250 ms minimum, 300 ms pre-roll).
    public init(thresholdDb: Double = 9, minLevelDb: Double = -50, startMs: Int = 60, hangoverMs: Int = 200, minSpeechMs: Int = 250, preRollMs: Int = 300) {
        self.thresholdDb = thresholdDb
        self.minLevelDb = minLevelDb
        self.startMs = startMs
        self.hangoverMs = hangoverMs
        self.minSpeechMs = minSpeechMs
        self.preRollMs = preRollMs
    }
}
