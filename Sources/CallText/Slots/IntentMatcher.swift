/// Picks which of a few declared intents a caller's utterance expresses, tolerant of
/// recognizer errors ("i need to cancer my appointment" is a cancellation).
///
/// Scoring, per intent, over the utterance's `TextNormalizer` words:
/// - keywords: a keyword (one or more words) hits when `FuzzyMatcher` scores it at least
///   0.75 against some window of the utterance; keywords shorter than five letters must
///   appear exactly ("bye" is not "by"). With hits, k = 0.7 × best hit score + 0.1 per
///   further hit, at most 0.95; without, k = 0.
/// - examples: the utterance's content words (stopwords removed) against each example's;
///   a content word of the example is found when some utterance word equals it or, for
///   words of five letters or more, scores at least 0.75. e = the best example's Dice
///   overlap, 2 × found / (utterance content words + example content words).
/// - score = 1 − (1 − k)(1 − e): either kind of evidence alone can carry an intent, both
///   together strengthen it.
/// The highest score wins, the earlier-declared intent on a tie; below `threshold` the
/// answer is nil.
public struct IntentMatcher: Sendable {
    /// One thing a caller may want.
    public struct Intent: Sendable, Equatable {
        /// The intent's name, returned on a match.
        public var name: String
        /// Words or short phrases that signal the intent ("cancel", "call off").
        public var keywords: [String]
        /// Whole utterances that express it.
        public var examples: [String]

        /// Creates an intent.
        public init(name: String, keywords: [String], examples: [String] = []) {
            self.name = name
            self.keywords = keywords
            self.examples = examples
        }
    }

    /// The intents, in declaration (tie-break) order.
    public let intents: [Intent]
    /// The least score for a match.
    public let threshold: Double

    private let keywordWords: [[[String]]]
    private let exampleWords: [[[String]]]

    /// Creates a matcher over `intents`.
    public init(intents: [Intent], threshold: Double = 0.5) {
        self.intents = intents
        self.threshold = threshold
        keywordWords = intents.map { $0.keywords.map(SlotWords.words).filter { !$0.isEmpty } }
        exampleWords = intents.map { $0.examples.map(Self.contentWords) }
    }

    /// The best-matching intent and its score, or nil if none reaches the threshold.
    public func match(_ text: String) -> (name: String, score: Double)? {
        var best: (name: String, score: Double)?
        for (name, score) in scores(text) where score >= threshold && score > best?.score ?? -1 {
            best = (name, score)
        }
        return best
    }

    /// Every intent's score for `text`, in declaration order.
    public func scores(_ text: String) -> [(name: String, score: Double)] {
        let words = SlotWords.words(text)
        let content = Self.contentWords(text)
        return intents.indices.map { i in
            let hits = keywordWords[i].compactMap { keyword -> Double? in
                let letters = keyword.joined().count
                if letters < 5 {
                    return (0...(max(0, words.count - keyword.count))).contains { SlotWords.has(keyword, in: words, at: $0) } ? 1 : nil
                }
                let score = FuzzyMatcher.windowScore(keyword, in: words)
                return score >= 0.75 ? score : nil
            }
            let k = hits.isEmpty ? 0 : min(0.95, 0.7 * hits.max()! + 0.1 * Double(hits.count - 1))
            let e = exampleWords[i].map { Self.overlap(content, $0) }.max() ?? 0
            return (intents[i].name, 1 - (1 - k) * (1 - e))
        }
    }

    static func contentWords(_ text: String) -> [String] {
        var seen = Set<String>()
        return SlotWords.words(text).filter { !stopwords.contains($0) && seen.insert($0).inserted }
    }

    /// Words that say nothing about what a caller wants.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "me", "my", "you", "your", "it", "its", "we", "us", "our", "is", "am", "are", "was",
        "be", "to", "of", "for", "on", "in", "at", "with", "and", "or", "so", "that", "this", "would", "could",
        "can", "will", "like", "just", "do", "please", "okay", "well", "oh", "hi", "hello",
    ]

    static func overlap(_ utterance: [String], _ example: [String]) -> Double {
        guard !utterance.isEmpty, !example.isEmpty else { return 0 }
        let found = example.count { word in
            utterance.contains { $0 == word || word.count >= 5 && $0.count >= 3 && FuzzyMatcher.similarity(words: [$0], [word]) >= 0.75 }
        }
        return 2 * Double(found) / Double(utterance.count + example.count)
    }
}
