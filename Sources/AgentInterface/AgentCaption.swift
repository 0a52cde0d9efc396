/// The words a stretch of agent audio says, by the agent's own account. A caption travels
/// with its 20 ms frame over the line, so only what reaches the caller's ear is known
/// there: a word counts as heard when most of its audio arrived — the words of frames
/// lost on the way, or cleared by a barge-in before they played, do not. An in-process
/// agent publishes captions; audio from an agent elsewhere has none, and its words must
/// be recognized from the audio.
public struct AgentCaption: Sendable, Hashable {
    /// A word whose audio overlaps this frame.
    public struct Word: Sendable, Hashable {
        /// Its position in the reply (0, 1, …).
        public var index: Int
        /// The word as written (punctuation included: "that?").
        public var text: String
        /// How many of its samples are in this frame.
        public var samples: Int
        /// How many samples it has in all.
        public var span: Int

        /// Creates a word.
        public init(index: Int, text: String, samples: Int, span: Int) {
            self.index = index
            self.text = text
            self.samples = samples
            self.span = span
        }
    }

    /// The reply the audio belongs to (1, 2, …).
    public var reply: Int
    /// The words whose audio overlaps this frame, in order.
    public var words: [Word]

    /// Creates a caption.
    public init(reply: Int, words: [Word]) {
        self.reply = reply
        self.words = words
    }
}
