/// The energy voice-activity detector.
public struct VADConfig: Sendable, Equatable {
    /// How far above the tracked noise floor a frame must be to count as speech, in dB.
    public var thresholdDb: Double
    /// Frames quieter than this are never speech, in dBFS.
    public var minLevelDb: Double
    /// Speech must last this long before speech start is declared, in milliseconds.
    public var startMs: Int
    /// Speech stays "on" this long after the level drops, in milliseconds.
    public var hangoverMs: Int
    /// Shorter bursts are ignored, in milliseconds.
    public var minSpeechMs: Int
    /// Audio kept from before speech start and handed to the recognizer, in milliseconds.
    public var preRollMs: Int

    /// Creates a VAD configuration.
    public init(thresholdDb: Double = 9, minLevelDb: Double = -50, startMs: Int = 60, hangoverMs: Int = 200, minSpeechMs: Int = 250, preRollMs: Int = 300) {
        self.thresholdDb = thresholdDb
        self.minLevelDb = minLevelDb
        self.startMs = startMs
        self.hangoverMs = hangoverMs
        self.minSpeechMs = minSpeechMs
        self.preRollMs = preRollMs
    }
}
