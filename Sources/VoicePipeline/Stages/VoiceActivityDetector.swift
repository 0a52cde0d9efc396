import CallAudio
import SimTime

/// An energy voice-activity detector with an adaptive noise floor and a hangover.
///
/// Audio is cut into 20 ms frames whatever chunk sizes it arrives in. A frame is speech
/// when its level is `thresholdDb` above the noise floor and above `minLevelDb`. The
/// floor is the 10th percentile of the frame levels of the last 2 s (never below
/// −100 dBov): speech always has quieter moments between words, steady noise does not,
/// so noise that starts stops counting as speech within 2 s; and fluctuating noise such
/// as babble sets the floor near its typical level rather than its deepest dip.
/// Speech starts after `startMs` of speech frames and ends after `hangoverMs` of quiet
/// ones; events carry the estimated true times (first and last speech frame), while the
/// decision itself comes later, as in any real detector.
public struct VoiceActivityDetector: Sendable {
    /// What the detector decided.
    public enum Event: Sendable, Equatable {
        /// Speech began at `at` (start of its first speech frame).
        case speechStarted(at: SimInstant)
        /// Speech ended at `at` (end of its last speech frame).
        case speechEnded(at: SimInstant)
    }

    /// The parameters in use.
    public let parameters: VADConfig
    /// The input sample rate.
    public let sampleRate: Int
    /// True between a start and an end event.
    public private(set) var isSpeaking = false
    /// The tracked noise floor, dBov (nil before the first frame).
    public private(set) var noiseFloor: Double?
    /// Level of the last complete frame, dBov.
    public private(set) var lastLevel: Double = Level.floor

    private let frameLength: Int
    private var pending: [Float] = []
    private var pendingStart: SimInstant = .zero
    private var speechRun = 0, silenceRun = 0
    private var runStart: SimInstant = .zero
    private var lastSpeechEnd: SimInstant = .zero
    private var recentLevels: [Double] = []
    private var recentIndex = 0
    static let floorWindowFrames = 100
    static let warmUpFrames = 50

    /// Creates a detector for audio at `sampleRate`.
    public init(parameters: VADConfig = VADConfig(), sampleRate: Int) {
        self.parameters = parameters
        self.sampleRate = sampleRate
        self.frameLength = sampleRate / 50
    }

    private var frameDuration: SimDuration { .samples(frameLength, rate: sampleRate) }

    /// Feeds samples that begin at `start`; returns the decisions made on the complete frames.
    public mutating func process(_ samples: [Float], at start: SimInstant) -> [Event] {
        if pending.isEmpty { pendingStart = start }
        pending.append(contentsOf: samples)
        var events: [Event] = []
        var offset = 0
        while pending.count - offset >= frameLength {
            let frame = pending[offset..<(offset + frameLength)]
            let frameStart = pendingStart + .samples(offset, rate: sampleRate)
            if let event = classify(frame, start: frameStart) { events.append(event) }
            offset += frameLength
        }
        if offset > 0 {
            pendingStart = pendingStart + .samples(offset, rate: sampleRate)
            pending.removeFirst(offset)
        }
        return events
    }

    private mutating func classify(_ frame: ArraySlice<Float>, start: SimInstant) -> Event? {
        let level = Level.rms(frame)
        lastLevel = level
        updateFloor(level: level)
        // Until a second of audio has set the floor, nothing counts as speech.
        let warm = recentLevels.count >= Self.warmUpFrames
        let isSpeechFrame = warm && level > max(noiseFloor! + parameters.thresholdDb, parameters.minLevelDb)

        let startFrames = max(1, parameters.startMs / 20)
        let hangoverFrames = max(1, parameters.hangoverMs / 20)
        if isSpeechFrame {
            if speechRun == 0 { runStart = start }
            speechRun += 1
            silenceRun = 0
            lastSpeechEnd = start + frameDuration
            if !isSpeaking && speechRun >= startFrames {
                isSpeaking = true
                return .speechStarted(at: runStart)
            }
        } else {
            silenceRun += 1
            if !isSpeaking { speechRun = 0 }
            if isSpeaking && silenceRun >= hangoverFrames {
                isSpeaking = false
                speechRun = 0
                return .speechEnded(at: lastSpeechEnd)
            }
        }
        return nil
    }

    private mutating func updateFloor(level: Double) {
        let clamped = max(level, -100)
        if recentLevels.count < Self.floorWindowFrames {
            recentLevels.append(clamped)
        } else {
            recentLevels[recentIndex] = clamped
            recentIndex = (recentIndex + 1) % Self.floorWindowFrames
        }
        let sorted = recentLevels.sorted()
        noiseFloor = sorted[sorted.count / 10]
    }
}
