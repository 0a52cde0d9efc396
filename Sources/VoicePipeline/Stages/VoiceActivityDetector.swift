import CallAudio
import SimTime

/// An energy voice-activity detector with an adaptive noise floor and a hangover.
///
/// Audio is cut into 20 ms frames whatever chunk sizes it arrives in. A frame is speech
/// when its level is `thresholdDb` above the noise floor and above `minLevelDb`. The
/// floor follows quiet frames down at once and rises slowly (5 dB/s while not speaking,
/// 0.5 dB/s while speaking), so steady noise stops counting as speech within seconds.
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
    public let parameters: VADParameters
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

    /// Creates a detector for audio at `sampleRate`.
    public init(parameters: VADParameters = VADParameters(), sampleRate: Int) {
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
        let floor = noiseFloor ?? level
        let isSpeechFrame = level > max(floor + parameters.thresholdDb, parameters.minLevelDb)
        updateFloor(level: level, from: floor, speechFrame: isSpeechFrame)

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

    private mutating func updateFloor(level: Double, from floor: Double, speechFrame: Bool) {
        if level < floor {
            noiseFloor = level
        } else {
            let rise = isSpeaking || speechFrame ? 0.01 : 0.1 // dB per 20 ms frame
            noiseFloor = min(level, floor + rise)
        }
    }
}
