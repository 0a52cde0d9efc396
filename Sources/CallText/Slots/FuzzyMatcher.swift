/// Finds which of a few known phrases (doctors, departments, patients) a recognizer's
/// text mentions, despite misrecognitions: "doctor pastel" → "patel", "johnston" →
/// "johnson", "cardio ology" → "cardiology".
///
/// Scoring. Text and candidates are read as `TextNormalizer` words; leading titles
/// ("doctor", "mister", "missus", "miz") are removed from a candidate. A candidate of k
/// words is compared with every window of k − 1, k and k + 1 consecutive words of the
/// text, with the spaces removed on both sides (so a split or merged word still lines up).
/// The score of a window is
///
///     0.5 × (1 − edit distance / longer length)            over the letters
///   + 0.5 × (1 − edit distance / longer key)               over the `PhoneticKey`s
///
/// (both taken over the joined letters); a window of a different word count
/// than the candidate scores 0.95 times that. A candidate's score is its best window's;
/// the best candidate wins, the earlier one on a tie, if it reaches `minimumScore`.
/// Examples: "pastel"/"patel" 0.79, "petal"/"patel" 0.8, "battle"/"patel" 0.75,
/// "johnston"/"johnson" 0.84.
public enum FuzzyMatcher {
    /// The candidate best matching some stretch of `text`, with its score in 0…1, or nil
    /// if none reaches `minimumScore`.
    public static func bestMatch(in text: String, candidates: [String], minimumScore: Double = 0.7) -> (candidate: String, score: Double)? {
        bestMatch(inWords: SlotWords.words(text), candidates: candidates, minimumScore: minimumScore)
    }

    /// How alike two words or phrases are, 0…1, by the window score above.
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(words: SlotWords.words(a), SlotWords.words(b))
    }

    /// Titles that are no part of a name to match ("doctor", "mister").
    public static let titles: Set<String> = ["doctor", "mister", "missus", "miz", "professor"]

    static func bestMatch(inWords words: [String], candidates: [String], minimumScore: Double) -> (candidate: String, score: Double)? {
        var windows = Windows(words)
        var best: (candidate: String, score: Double)?
        for candidate in candidates {
            var phrase = SlotWords.words(candidate)
            while phrase.count > 1, titles.contains(phrase[0]) { phrase.removeFirst() }
            let score = windows.bestScore(of: Form(phrase[...]))
            if score >= minimumScore, score > best?.score ?? -1 { best = (candidate, score) }
        }
        return best
    }

    /// The best score of `phrase` against any window of `words`.
    static func windowScore(_ phrase: [String], in words: [String]) -> Double {
        var windows = Windows(words)
        return windows.bestScore(of: Form(phrase[...]))
    }

    static func similarity(words a: [String], _ b: [String]) -> Double {
        Form(a[...]).similarity(to: Form(b[...]))
    }

    /// A phrase's letters and phonetic key, as scalar values.
    struct Form: Sendable {
        let wordCount: Int
        let letters: [UInt32]
        let key: [UInt32]

        init(_ words: ArraySlice<String>) {
            wordCount = words.count
            let joined = words.joined()
            letters = joined.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(\.value)
            key = PhoneticKey.key(joined).unicodeScalars.map(\.value)
        }

        func similarity(to other: Form) -> Double {
            guard !letters.isEmpty, !other.letters.isEmpty else { return 0 }
            let spelling = EditDistance.similarity(letters, other.letters)
            let sound = key.isEmpty && other.key.isEmpty ? spelling : EditDistance.similarity(key, other.key)
            return 0.5 * spelling + 0.5 * sound
        }
    }

    /// The text's windows, each prepared once however many candidates are scored.
    struct Windows {
        let words: [String]
        private var bySize: [Int: [Form]] = [:]

        init(_ words: [String]) { self.words = words }

        mutating func forms(size: Int) -> [Form] {
            if let known = bySize[size] { return known }
            let forms = size > words.count ? [] : (0...(words.count - size)).map { Form(words[$0..<($0 + size)]) }
            bySize[size] = forms
            return forms
        }

        mutating func bestScore(of phrase: Form) -> Double {
            guard phrase.wordCount > 0 else { return 0 }
            var best = 0.0
            for size in max(1, phrase.wordCount - 1)...(phrase.wordCount + 1) {
                let weight = size == phrase.wordCount ? 1.0 : 0.95
                for window in forms(size: size) { best = max(best, weight * phrase.similarity(to: window)) }
            }
            return best
        }
    }
}
