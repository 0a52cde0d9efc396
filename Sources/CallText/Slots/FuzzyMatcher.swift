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

    static let titles: Set<String> = ["doctor", "mister", "missus", "miz", "professor"]

    static func bestMatch(inWords words: [String], candidates: [String], minimumScore: Double) -> (candidate: String, score: Double)? {
        var best: (candidate: String, score: Double)?
        for candidate in candidates {
            var phrase = SlotWords.words(candidate)
            while phrase.count > 1, titles.contains(phrase[0]) { phrase.removeFirst() }
            let score = windowScore(phrase, in: words)
            if score >= minimumScore, score > best?.score ?? -1 { best = (candidate, score) }
        }
        return best
    }

    /// The best score of `phrase` against any window of `words`.
    static func windowScore(_ phrase: [String], in words: [String]) -> Double {
        guard !phrase.isEmpty, !words.isEmpty else { return 0 }
        var best = 0.0
        for size in max(1, phrase.count - 1)...(phrase.count + 1) where size <= words.count {
            let weight = size == phrase.count ? 1.0 : 0.95
            for start in 0...(words.count - size) {
                best = max(best, weight * similarity(words: phrase, Array(words[start..<(start + size)])))
            }
        }
        return best
    }

    static func similarity(words a: [String], _ b: [String]) -> Double {
        let lettersA = Array(a.joined().filter { $0.isLetter || $0.isNumber })
        let lettersB = Array(b.joined().filter { $0.isLetter || $0.isNumber })
        guard !lettersA.isEmpty, !lettersB.isEmpty else { return 0 }
        let spelling = EditDistance.similarity(lettersA, lettersB)
        let keyA = Array(PhoneticKey.key(String(lettersA))), keyB = Array(PhoneticKey.key(String(lettersB)))
        let sound = keyA.isEmpty && keyB.isEmpty ? spelling : EditDistance.similarity(keyA, keyB)
        return 0.5 * spelling + 0.5 * sound
    }
}
