import AgentInterface
import CallAudio
import CallImpairment
import SimTime

/// What reaches a caller's ear: every sample (for the call recording), and of the agent's
/// audio, the stretch each reply was audible and the words that arrived with it — only
/// for frames that arrived: words lost on the line or cleared by a barge-in never do.
struct CallerEar {
    /// Everything heard, at the line's rate.
    private(set) var recording: [Float] = []
    /// Audible agent audio per reply: first and last audible sample.
    private(set) var heard: [Int: (first: SimInstant, last: SimInstant)] = [:]
    /// Of each reply, the words whose audio arrived: samples received and the word's span, by index.
    private var words: [Int: [Int: (text: String, received: Int, span: Int)]] = [:]
    /// The last audible agent sample.
    private(set) var lastAudible: SimInstant?
    /// The reply heard last.
    private(set) var lastReply: Int?

    let sampleRate: Int

    /// An ear for a line at `sampleRate`.
    init(sampleRate: Int) { self.sampleRate = sampleRate }

    /// What one frame brought: the reply heard in it, when it was the first audible
    /// sample of that reply.
    struct Heard {
        var reply: Int
        var firstAudible: SimInstant?
    }

    /// Hears the 20 ms that began at `start` (nil before the line delivers anything);
    /// returns the reply audible in it, if any.
    mutating func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant, trace: CallTrace) -> Heard? {
        let samples = frame?.samples ?? [Float](repeating: 0, count: sampleRate / 50)
        recording.append(contentsOf: samples)
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
        let isNew = heard[reply] == nil
        if isNew { trace.record(firstTime, .caller, "hears.agent", nil, ["reply": "\(reply)"]) }
        heard[reply] = (heard[reply]?.first ?? firstTime, lastTime)
        lastAudible = lastTime
        lastReply = reply
        return Heard(reply: reply, firstAudible: isNew ? firstTime : nil)
    }

    /// The words heard of every reply of which any were, by reply.
    var texts: [Int: String] {
        var out: [Int: String] = [:]
        for reply in words.keys {
            let heard = text(of: reply)
            if !heard.isEmpty { out[reply] = heard }
        }
        return out
    }

    /// The words heard of reply `reply` — those most of whose audio arrived — as one text.
    func text(of reply: Int) -> String {
        guard let heard = words[reply] else { return "" }
        return heard.keys.sorted().compactMap { index in
            let word = heard[index]!
            return 2 * word.received >= word.span ? word.text : nil
        }.joined(separator: " ")
    }
}
