import AgentInterface
import CallAudio
import CallImpairment
import CallText
import SimTime

/// What reaches a caller's ear: every sample (for the call recording), and of the agent's
/// audio, the stretch each reply was audible and the words that arrived with it — only
/// for frames that arrived: words lost on the line or cleared by a barge-in never do.
///
/// The caller listens one of two ways (`CallerListening`). With captions, a reply is the
/// agent's own (its caption's number) and its words those of its caption that arrived.
/// Recognizing, the ear cuts the audio into replies by silence and recognizes them
/// (`RecognizingEar`): the caller then knows only what it made of the audio. Captions that
/// still arrive (an in-process agent) only time the agent's replies for scoring.
struct CallerEar {
    /// Everything heard, at the line's rate.
    private(set) var recording: [Float] = []
    /// Audible agent audio per reply, by its caption: first and last audible sample.
    private var captionHeard: [Int: (first: SimInstant, last: SimInstant)] = [:]
    /// Of each reply, the words whose audio arrived: samples received and the word's span, by index.
    private var words: [Int: [Int: (text: String, received: Int, span: Int)]] = [:]
    /// The last audible agent sample.
    private(set) var lastAudible: SimInstant?
    /// The reply heard last.
    private(set) var lastReply: Int?
    /// The recognizing ear, when the caller recognizes what it hears.
    private let recognizing: RecognizingEar?

    let sampleRate: Int

    /// An ear for a line at `sampleRate`; with `recognizing`, it recognizes the agent's audio.
    init(sampleRate: Int, recognizing: RecognizingEar? = nil) {
        self.sampleRate = sampleRate
        self.recognizing = recognizing
    }

    /// What one frame brought: the reply audible in it (nil when none was), and the words
    /// the caller's mind should take in now (nil when there are none new).
    struct Heard {
        var reply: Int?
        var words: String?
    }

    /// Hears the 20 ms that began at `start` (nil before the line delivers anything).
    mutating func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant, trace: CallTrace) -> Heard {
        let samples = frame?.samples ?? [Float](repeating: 0, count: sampleRate / 50)
        recording.append(contentsOf: samples)
        let captioned = hearCaption(frame, samples: samples, start: start, trace: trace, traced: recognizing == nil)
        guard let recognizing else {
            guard let reply = captioned else { return Heard() }
            lastReply = reply
            return Heard(reply: reply, words: frame?.tag?.words.isEmpty == false ? text(of: reply) : nil)
        }
        let change = recognizing.hear(samples)
        var heard = Heard()
        if let audible = change.audible {
            if audible.isNew { trace.record(instant(audible.first), .caller, "hears.agent", nil, ["reply": "\(audible.reply)"]) }
            lastAudible = instant(audible.last)
            lastReply = audible.reply
            heard.reply = audible.reply
        }
        if let reply = change.words.last {
            heard.words = recognizing.text(of: reply)
            if recognizing.replies[reply]?.partial.isEmpty == true {
                trace.record(start, .caller, "hears.words", heard.words, ["reply": "\(reply)"])
            }
        }
        return heard
    }

    /// Takes in a frame's caption: the words that arrived and, for audible audio, the
    /// reply's span; returns the reply audible in the frame.
    private mutating func hearCaption(_ frame: LineFrame<AgentCaption>?, samples: [Float], start: SimInstant, trace: CallTrace,
                                      traced: Bool) -> Int? {
        if let caption = frame?.tag, frame?.concealed != true {
            for word in caption.words {
                let known = words[caption.reply]?[word.index]?.received ?? 0
                words[caption.reply, default: [:]][word.index] = (word.text, known + word.samples, word.span)
            }
        }
        guard let caption = frame?.tag,
              let first = samples.firstIndex(where: { abs($0) > Silence.threshold }),
              let last = samples.lastIndex(where: { abs($0) > Silence.threshold }) else { return nil }
        let reply = caption.reply
        let firstTime = start + .samples(first, rate: sampleRate)
        let lastTime = start + .samples(last + 1, rate: sampleRate)
        if captionHeard[reply] == nil, traced { trace.record(firstTime, .caller, "hears.agent", nil, ["reply": "\(reply)"]) }
        captionHeard[reply] = (captionHeard[reply]?.first ?? firstTime, lastTime)
        if traced { lastAudible = lastTime }
        return reply
    }

    /// True when the ear recognizes the agent's audio rather than reading captions.
    var isRecognizing: Bool { recognizing != nil }

    /// True when the words heard hold all the audio heard so far (a recognizer working
    /// in the background may still be on the last of it).
    var isSettled: Bool { recognizing?.isSettled ?? true }

    private func instant(_ sample: Int) -> SimInstant { .zero + .samples(sample, rate: sampleRate) }

    /// Audible agent audio per reply as the caller tells replies apart: by caption, or by
    /// the silences between them when recognizing.
    var replies: [Int: (first: SimInstant, last: SimInstant)] {
        guard let recognizing else { return captionHeard }
        return recognizing.replies.mapValues { (instant($0.first), instant($0.last)) }
    }

    /// Audible agent audio per reply for scoring: by the agent's own replies where captions
    /// name them, else as the caller told them apart.
    var heard: [Int: (first: SimInstant, last: SimInstant)] {
        recognizing == nil || !captionHeard.isEmpty ? captionHeard : replies
    }

    /// The words heard of every reply of which any were, by reply (numbered as in `heard`).
    var texts: [Int: String] {
        var out: [Int: String] = [:]
        let numbers = recognizing == nil || !captionHeard.isEmpty ? Array(words.keys) : Array(replies.keys)
        for reply in numbers {
            let heard = recognizing == nil || !captionHeard.isEmpty ? captionText(of: reply) : text(of: reply)
            if !heard.isEmpty { out[reply] = heard }
        }
        return out
    }

    /// The words the caller heard of reply `reply` (numbered as in `replies`), as one text.
    func text(of reply: Int) -> String {
        recognizing?.text(of: reply) ?? captionText(of: reply)
    }

    /// The words of reply `reply`'s caption most of whose audio arrived, as one text.
    private func captionText(of reply: Int) -> String {
        guard let heard = words[reply] else { return "" }
        return heard.keys.sorted().compactMap { index in
            let word = heard[index]!
            return 2 * word.received >= word.span ? word.text : nil
        }.joined(separator: " ")
    }

    /// True when `text` (heard of one reply) asks something: it holds a question mark — or,
    /// recognized from audio, which has no punctuation, it holds a question's cue words.
    func asksQuestion(_ text: String) -> Bool {
        guard recognizing != nil else { return text.contains("?") }
        return PromptReader.read(text).kind != .statement
    }
}
