import AgentInterface
import CallText
import SimTime

extension VoiceAgent {
    /// Where the input side stands.
    enum InputState {
        /// No caller speech in progress; keypad digits heard so far wait for the next utterance.
        case listening(keys: String)
        /// Hearing an utterance (its index into `utterances`) until the endpointer ends the turn.
        case hearing(Int)
    }

    /// Where the output side stands.
    enum ReplyState {
        /// Nothing under way (earlier audio may still be playing out).
        case idle
        /// A reply under way: thinking, synthesizing or speaking.
        case replying(ActiveReply)
    }

    /// What a reply under way still waits for.
    struct ActiveReply {
        /// Its index into `replies`.
        let index: Int
        /// Tokens waiting for a sentence boundary.
        var sentences: SentenceBuffer
        /// All its text has been produced.
        var textComplete = false
        /// Synthesized chunks scheduled but not yet delivered for playout.
        var pendingChunks = 0
        /// When the last scheduled chunk is delivered: the next sentence's audio follows it.
        var ttsCursor: SimInstant
        /// The brain's state before this reply, to undo it if the reply is cancelled.
        let brainBefore: BrainSnapshot?
    }

    /// A spoken word's place in a sentence's audio: samples `start..<end`, and its index in the reply.
    struct WordSpan {
        var index: Int
        var text: String
        var start: Int
        var end: Int
    }

    /// A chunk of synthesized audio and the words it overlaps (spans relative to the chunk).
    struct AudioChunk {
        var samples: [Float]
        var words: [WordSpan]
    }

    /// Audio waiting to go out, reply by reply, and how far the head chunk has played.
    struct PlayoutQueue {
        private(set) var chunks: [(reply: Int, chunk: AudioChunk)] = []
        private var offset = 0

        var isEmpty: Bool { chunks.isEmpty }

        mutating func append(_ chunk: AudioChunk, reply: Int) { chunks.append((reply, chunk)) }

        mutating func removeAll() {
            chunks.removeAll()
            offset = 0
        }

        /// Up to `length` samples of the head reply's audio, the words they overlap, and that
        /// reply.
        mutating func take(_ length: Int) -> (reply: Int, samples: [Float], words: [AgentCaption.Word])? {
            guard let owner = chunks.first?.reply else { return nil }
            var out: [Float] = []
            var words: [AgentCaption.Word] = []
            out.reserveCapacity(length)
            while out.count < length, let head = chunks.first, head.reply == owner {
                let take = min(length - out.count, head.chunk.samples.count - offset)
                out.append(contentsOf: head.chunk.samples[offset..<(offset + take)])
                for word in head.chunk.words {
                    let inFrame = min(word.end, offset + take) - max(word.start, offset)
                    guard inFrame > 0 else { continue }
                    if let last = words.last, last.index == word.index {
                        words[words.count - 1].samples += inFrame
                    } else {
                        words.append(AgentCaption.Word(index: word.index, text: word.text, samples: inFrame, span: word.end - word.start))
                    }
                }
                offset += take
                if offset == head.chunk.samples.count {
                    chunks.removeFirst()
                    offset = 0
                }
            }
            return (owner, out, words)
        }
    }

    /// The utterance being heard (index into `utterances`).
    var current: Int? {
        if case .hearing(let index) = input { return index }
        return nil
    }

    /// The reply under way (index into `replies`).
    var active: Int? {
        if case .replying(let reply) = output { return reply.index }
        return nil
    }

    /// Changes the reply under way, if any.
    func updateActive(_ change: (inout ActiveReply) -> Void) {
        guard case .replying(var reply) = output else { return }
        change(&reply)
        output = .replying(reply)
    }
}
