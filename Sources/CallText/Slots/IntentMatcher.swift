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

    private let keywordPhrases: [[Phrase]]
    private let exampleWords: [[[Phrase]]]

    /// Words with their fuzzy-matching form, prepared once.
    private struct Phrase: Sendable {
        let words: [String]
        let form: FuzzyMatcher.Form
        init(_ words: [String]) {
            self.words = words
            form = FuzzyMatcher.Form(words[...])
        }
        var letterCount: Int { form.letters.count }
    }

    /// Creates a matcher over `intents`.
    public init(intents: [Intent], threshold: Double = 0.5) {
        self.intents = intents
        self.threshold = threshold
        keywordPhrases = intents.map { $0.keywords.map(SlotWords.words).filter { !$0.isEmpty }.map(Phrase.init) }
        exampleWords = intents.map { $0.examples.map { Self.contentWords(SlotWords.words($0)).map { Phrase([$0]) } } }
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
        var windows = FuzzyMatcher.Windows(words)
        let content = Self.contentWords(words).map { Phrase([$0]) }
        return intents.indices.map { i in
            let hits = keywordPhrases[i].compactMap { keyword -> Double? in
                if keyword.letterCount < 5 {
                    return words.indices.contains { SlotWords.has(keyword.words, in: words, at: $0) } ? 1 : nil
                }
                let score = windows.bestScore(of: keyword.form)
                return score >= 0.75 ? score : nil
            }
            let k = hits.isEmpty ? 0 : min(0.95, 0.7 * hits.max()! + 0.1 * Double(hits.count - 1))
            let e = exampleWords[i].map { Self.overlap(content, $0) }.max() ?? 0
            return (intents[i].name, 1 - (1 - k) * (1 - e))
        }
    }

    static func contentWords(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { !stopwords.contains($0) && seen.insert($0).inserted }
    }

    /// Words that say nothing about what a caller wants.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "me", "my", "you", "your", "it", "its", "we", "us", "our", "is", "am", "are", "was",
        "be", "to", "of", "for", "on", "in", "at", "with", "and", "or", "so", "that", "this", "would", "could",
        "can", "will", "like", "just", "do", "please", "okay", "well", "oh", "hi", "hello",
    ]

    private static func overlap(_ utterance: [Phrase], _ example: [Phrase]) -> Double {
        guard !utterance.isEmpty, !example.isEmpty else { return 0 }
        let found = example.count { word in
            utterance.contains {
                $0.words == word.words || word.letterCount >= 5 && $0.letterCount >= 3 && $0.form.similarity(to: word.form) >= 0.75
            }
        }
        return 2 * Double(found) / Double(utterance.count + example.count)
    }
}
