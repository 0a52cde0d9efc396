import CallAudio
import CallSpeech
import Foundation
import Synchronization

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

    /// The recognizer's thread, in real time.
    private let worker: DispatchQueue?
    /// Recognitions handed to the worker and not yet taken back, and the results it has.
    private let pending = Outbox()

    /// Handed from the recognizer's thread to the call's.
    private final class Outbox: Sendable {
        let state = Mutex<(jobs: Int, results: [Result])>((0, []))
    }

    /// What the recognizer made of a reply's audio: its partial text so far, or an
    /// utterance's final text.
    private enum Result: Sendable {
        case partial(reply: Int, text: String)
        case final(reply: Int, text: String)
    }

    /// An ear for a line at `sampleRate`, recognizing with `recognizer` (reset here: the
    /// call starts afresh) — on a thread of its own when `inBackground`.
    init(recognizer: any SpeechRecognizing, sampleRate: Int, inBackground: Bool = false) {
        self.recognizer = recognizer
        self.sampleRate = sampleRate
        segmenter = ReplySegmenter(sampleRate: sampleRate)
        resampler = sampleRate == recognizer.sampleRate ? nil : StreamingResampler(from: sampleRate, to: recognizer.sampleRate)
        worker = inBackground ? DispatchQueue(label: "callharness.ear") : nil
        recognizer.reset()
    }

    /// True when every recognition handed over has come back: the words heard are all
    /// the audio heard so far holds (always, in simulated time).
    var isSettled: Bool { pending.state.withLock { $0.jobs == 0 && $0.results.isEmpty } }

    /// Waits for the recognizer's thread to finish what it was given; call it before the
    /// recognizer is used elsewhere.
    func finish() { worker?.sync {} }

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
        take(into: &change)
        for event in segmenter.push(samples) {
            switch event {
            case .began(let reply, let at):
                if replies[reply] == nil {
                    replies[reply] = Reply(first: at, last: at)
                    change.audible = (reply, at, at, true)
                }
                let lead = preRoll.flatMap { $0 }
                recognize(into: &change) { recognizer in
                    recognizer.begin()
                    _ = recognizer.accept(lead)
                    return nil
                }
                open = reply
            case .paused(let reply, _):
                open = nil
                recognize(into: &change) { recognizer in
                    _ = recognizer.accept(audio)
                    return .final(reply: reply, text: recognizer.end())
                }
                return change
            case .ended:
                break
            }
        }
        if let reply = open {
            recognize(into: &change) { recognizer in
                recognizer.accept(audio).map { .partial(reply: reply, text: $0) }
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

    /// Runs `job` on the recognizer: at once, its result taken in now; or on the
    /// recognizer's thread, its result taken in at a later frame.
    private func recognize(into change: inout Change, _ job: @escaping (any SpeechRecognizing) -> Result?) {
        guard let worker else {
            if let result = job(recognizer) { apply(result, to: &change) }
            return
        }
        pending.state.withLock { $0.jobs += 1 }
        let handoff = Handoff(recognizer: recognizer, job: job)
        let pending = self.pending
        worker.async {
            let result = handoff.job(handoff.recognizer)
            pending.state.withLock { state in
                state.jobs -= 1
                if let result { state.results.append(result) }
            }
        }
    }

    /// A job and the recognizer it runs on, handed to the recognizer's thread: while the
    /// call runs in real time only that thread touches the recognizer (`finish()` waits
    /// for it before the recognizer goes back to its pool).
    private struct Handoff: @unchecked Sendable {
        let recognizer: any SpeechRecognizing
        let job: (any SpeechRecognizing) -> Result?
    }

    /// Takes in the results the recognizer's thread has finished since the last frame.
    private func take(into change: inout Change) {
        guard worker != nil else { return }
        let results = pending.state.withLock { state in defer { state.results = [] }; return state.results }
        for result in results { apply(result, to: &change) }
    }

    private func apply(_ result: Result, to change: inout Change) {
        switch result {
        case .partial(let reply, let text):
            replies[reply]?.partial = text
        case .final(let reply, let text):
            replies[reply]?.finals.append(text)
            replies[reply]?.partial = ""
        }
        change.words.append(reply(of: result))
    }

    private func reply(of result: Result) -> Int {
        switch result {
        case .partial(let reply, _), .final(let reply, _): reply
        }
    }

    /// The words heard of reply `reply`.
    func text(of reply: Int) -> String { replies[reply]?.text ?? "" }
}
