import CallAudio
import CallSpeech

/// Understands the agent's audio at the caller's ear without being told its words: the
/// audio is cut into replies by silence (`ReplySegmenter`) and each utterance recognized
/// as it streams in, 20 ms at a time. A reply's words are the final texts of its finished
/// utterances and the partial text of the one still going on.
final class RecognizingEar {
    /// A reply as heard: its first and last audible sample (line-rate sample indices) and
    /// what was recognized of it.
    struct Reply {
        var first: Int
        var last: Int
        var finals: [String] = []
        var partial = ""

        /// Its words so far.
        var text: String { (finals + [partial]).filter { !$0.isEmpty }.joined(separator: " ") }
    }

    let recognizer: any SpeechRecognizing
    let sampleRate: Int
    private var segmenter: ReplySegmenter
    private let resampler: StreamingResampler?
    /// The last `preRollFrames` frames at the recognizer's rate: the recognizer starts an
    /// utterance in the silence before it (and speech may start quietly).
    private var preRoll: [[Float]] = []
    static let preRollFrames = 10
    private var open: Int?
    private var position = 0
    /// The replies heard, by number (1, 2, …).
    private(set) var replies: [Int: Reply] = [:]
    /// The reply heard last.
    private(set) var lastReply: Int?

    /// An ear for a line at `sampleRate`, recognizing with `recognizer` (reset here: the
    /// call starts afresh).
    init(recognizer: any SpeechRecognizing, sampleRate: Int) {
        self.recognizer = recognizer
        self.sampleRate = sampleRate
        segmenter = ReplySegmenter(sampleRate: sampleRate)
        resampler = sampleRate == recognizer.sampleRate ? nil : StreamingResampler(from: sampleRate, to: recognizer.sampleRate)
        recognizer.reset()
    }

    /// What one frame changed: the reply audible in it (with whether the frame began it)
    /// and the replies whose words changed.
    struct Change {
        var audible: (reply: Int, first: Int, last: Int, isNew: Bool)?
        var words: [Int] = []
    }

    /// Hears the next 20 ms frame.
    func hear(_ samples: [Float]) -> Change {
        let start = position
        position += samples.count
        let audio = resampler?.process(samples) ?? samples
        defer {
            preRoll.append(audio)
            if preRoll.count > Self.preRollFrames { preRoll.removeFirst() }
        }
        var change = Change()
        for event in segmenter.push(samples) {
            switch event {
            case .began(let reply, let at):
                if replies[reply] == nil {
                    replies[reply] = Reply(first: at, last: at)
                    change.audible = (reply, at, at, true)
                }
                recognizer.begin()
                _ = recognizer.accept(preRoll.flatMap { $0 })
                open = reply
            case .paused(let reply, _):
                _ = recognizer.accept(audio)
                let final = recognizer.end()
                open = nil
                replies[reply]?.finals.append(final)
                replies[reply]?.partial = ""
                change.words.append(reply)
                return change
            case .ended:
                break
            }
        }
        if let reply = open {
            if let partial = recognizer.accept(audio) {
                replies[reply]?.partial = partial
                change.words.append(reply)
            }
            if let first = samples.firstIndex(where: { abs($0) > Silence.threshold }),
               let last = samples.lastIndex(where: { abs($0) > Silence.threshold }) {
                replies[reply]?.last = start + last + 1
                lastReply = reply
                change.audible = (reply, start + first, start + last + 1, change.audible?.isNew ?? false)
            }
        }
        return change
    }

    /// The words heard of reply `reply`.
    func text(of reply: Int) -> String { replies[reply]?.text ?? "" }
}
