import CallAudio

/// Splits the agent's audio at the caller's ear into replies by silence, streaming: fed any
/// number of samples at a time, it judges fixed 20 ms blocks (counted from the first sample,
/// so the same audio gives the same events however it is split). A block is audible when
/// any of its samples is (`Silence.threshold`, as the ear judges audibility).
///
/// Speech opens an utterance; `utteranceGapMs` of silence after its last audible sample
/// closes it (a sentence the recognizer can finish); `replyGapMs` closes the reply. Speech
/// after a shorter silence continues the reply it belongs to.
struct ReplySegmenter {
    /// What the segmenter found, at sample positions counted from the first sample fed.
    enum Event: Equatable {
        /// An utterance of reply `reply` (1, 2, …) began at sample `at`.
        case began(reply: Int, at: Int)
        /// The utterance of reply `reply` ended at `at` (after its last audible sample).
        case paused(reply: Int, at: Int)
        /// Reply `reply` ended at `at` (after its last audible sample).
        case ended(reply: Int, at: Int)
    }

    /// Silence that ends an utterance, ms.
    static let utteranceGapMs = 300
    /// Silence that ends a reply, ms.
    static let replyGapMs = 700

    let sampleRate: Int
    let blockSize: Int
    private let utteranceGap: Int
    private let replyGap: Int
    private var pending: [Float] = []
    private var position = 0
    private var reply = 0
    private var inUtterance = false
    private var replyOpen = false
    private var lastAudibleEnd = 0

    /// A segmenter for audio at `sampleRate`.
    init(sampleRate: Int, utteranceGapMs: Int = Self.utteranceGapMs, replyGapMs: Int = Self.replyGapMs) {
        self.sampleRate = sampleRate
        blockSize = sampleRate / 50
        utteranceGap = utteranceGapMs * sampleRate / 1000
        replyGap = max(utteranceGapMs, replyGapMs) * sampleRate / 1000
    }

    /// Feeds the next samples; returns what the whole blocks among them completed.
    mutating func push(_ samples: [Float]) -> [Event] {
        pending.append(contentsOf: samples)
        var events: [Event] = []
        var offset = 0
        while pending.count - offset >= blockSize {
            events += block(pending[offset..<offset + blockSize])
            offset += blockSize
        }
        if offset > 0 { pending.removeFirst(offset) }
        return events
    }

    /// Ends the audio: what is still open closes at its last audible sample.
    mutating func finish() -> [Event] {
        var events: [Event] = []
        if !pending.isEmpty {
            events += block(pending[...])
            pending = []
        }
        if inUtterance { events.append(.paused(reply: reply, at: lastAudibleEnd)) }
        if replyOpen { events.append(.ended(reply: reply, at: lastAudibleEnd)) }
        inUtterance = false
        replyOpen = false
        return events
    }

    /// Judges one block, which starts at `position`.
    private mutating func block(_ samples: ArraySlice<Float>) -> [Event] {
        let start = position
        position += samples.count
        var events: [Event] = []
        if let first = samples.firstIndex(where: { abs($0) > Silence.threshold }),
           let last = samples.lastIndex(where: { abs($0) > Silence.threshold }) {
            if !inUtterance {
                if !replyOpen {
                    reply += 1
                    replyOpen = true
                }
                inUtterance = true
                events.append(.began(reply: reply, at: start + first - samples.startIndex))
            }
            lastAudibleEnd = start + last - samples.startIndex + 1
            return events
        }
        let silence = position - lastAudibleEnd
        if inUtterance, silence >= utteranceGap {
            inUtterance = false
            events.append(.paused(reply: reply, at: lastAudibleEnd))
        }
        if replyOpen, !inUtterance, silence >= replyGap {
            replyOpen = false
            events.append(.ended(reply: reply, at: lastAudibleEnd))
        }
        return events
    }
}
