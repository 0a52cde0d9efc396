import Foundation

/// A trigram language model estimated with Witten–Bell smoothing and written in backoff
/// (ARPA) form, so every history's next-word probabilities sum to one.
///
/// Each order interpolates its maximum-likelihood estimate with the order below:
/// `P(w|h) = (1 − λ(h))·c(h,w)/c(h) + λ(h)·P(w|h′)`, where `λ(h) = T(h)/(c(h) + T(h))`
/// (T: distinct words seen after h), raised to at least `minimumBackoff` so that
/// template-expanded corpora, whose counts repeat the same few continuations, still leave
/// room for unseen continuations. The unigram level interpolates with the uniform
/// distribution over the vocabulary in the same way, with at least `unigramFloor` of the
/// mass, which gives every vocabulary word a floor. In backoff form, a seen n-gram stores
/// its interpolated probability and a history stores `λ(h)` as its backoff weight: the
/// mass left for unseen words is exactly `λ(h)·(1 − Σ_seen P(w|h′))`.
struct BackoffTrigramModel {
    /// The words by id: `<s>`, `</s>`, then the vocabulary in order.
    let words: [String]
    /// Unigram probability by id (0 for `<s>`, which is never predicted).
    private(set) var unigrams: [Double]
    /// Unigram backoff weight by id (nil: never a history, weight 1).
    private(set) var unigramBackoffs: [Double?]
    /// Bigram probabilities and backoff weights (nil: never a history).
    private(set) var bigrams: [Key: (probability: Double, backoff: Double?)] = [:]
    /// Trigram probabilities.
    private(set) var trigrams: [Key: Double] = [:]

    /// An n-gram as word ids (unused trailing positions are -1).
    struct Key: Hashable, Comparable {
        var a: Int32, b: Int32, c: Int32 = -1
        static func < (l: Key, r: Key) -> Bool { (l.a, l.b, l.c) < (r.a, r.b, r.c) }
    }

    static let sentenceStart = "<s>"
    static let sentenceEnd = "</s>"

    /// Estimates the model from `sentences` (lists of words) over `vocabulary`, which
    /// must contain every word of the sentences.
    init(sentences: [[String]], vocabulary: [String], unigramFloor: Double, minimumBackoff: Double) {
        words = [Self.sentenceStart, Self.sentenceEnd] + vocabulary
        var ids: [String: Int32] = [:]
        for (index, word) in words.enumerated() { ids[word] = Int32(index) }

        var unigramCounts = [Int](repeating: 0, count: words.count)
        var bigramCounts: [Key: Int] = [:]
        var trigramCounts: [Key: Int] = [:]
        for sentence in sentences where !sentence.isEmpty {
            let sequence: [Int32] = [0] + sentence.map { ids[$0]! } + [1]
            for i in 1..<sequence.count {
                unigramCounts[Int(sequence[i])] += 1
                bigramCounts[Key(a: sequence[i - 1], b: sequence[i]), default: 0] += 1
                if i >= 2 { trigramCounts[Key(a: sequence[i - 2], b: sequence[i - 1], c: sequence[i]), default: 0] += 1 }
            }
        }

        // Histories: how often each was followed by anything, and by how many distinct words.
        var bigramHistories: [Int32: (count: Int, types: Int)] = [:]
        for (key, count) in bigramCounts {
            bigramHistories[key.a, default: (0, 0)].count += count
            bigramHistories[key.a, default: (0, 0)].types += 1
        }
        var trigramHistories: [Key: (count: Int, types: Int)] = [:]
        for (key, count) in trigramCounts {
            let history = Key(a: key.a, b: key.b)
            trigramHistories[history, default: (0, 0)].count += count
            trigramHistories[history, default: (0, 0)].types += 1
        }
        func weight(_ history: (count: Int, types: Int)) -> Double {
            max(Double(history.types) / Double(history.count + history.types), minimumBackoff)
        }

        let total = unigramCounts.reduce(0, +)
        let seenTypes = unigramCounts.count { $0 > 0 }
        let uniformWeight = total == 0 ? 1 : max(Double(seenTypes) / Double(total + seenTypes), unigramFloor)
        let predictable = Double(words.count - 1)
        unigrams = unigramCounts.enumerated().map { id, count in
            id == 0 ? 0 : (1 - uniformWeight) * (total == 0 ? 0 : Double(count) / Double(total)) + uniformWeight / predictable
        }
        unigramBackoffs = words.indices.map { id in bigramHistories[Int32(id)].map(weight) }

        for (key, count) in bigramCounts {
            let history = bigramHistories[key.a]!
            let lambda = weight(history)
            let probability = (1 - lambda) * Double(count) / Double(history.count) + lambda * unigrams[Int(key.b)]
            bigrams[key] = (probability, trigramHistories[key].map(weight))
        }
        for (key, count) in trigramCounts {
            let history = trigramHistories[Key(a: key.a, b: key.b)]!
            let lambda = weight(history)
            // The suffix bigram (b, c) was counted with the trigram, so it is always present.
            let lower = bigrams[Key(a: key.b, b: key.c)]!.probability
            trigrams[key] = (1 - lambda) * Double(count) / Double(history.count) + lambda * lower
        }
    }

    /// The model as ARPA text: log10 probabilities and backoff weights, n-grams in id order.
    /// Without sentences there are only unigrams, and the file is of order one.
    var arpa: String {
        let counts = bigrams.isEmpty ? [words.count] : [words.count, bigrams.count, trigrams.count]
        var lines = ["", "\\data\\"] + counts.enumerated().map { "ngram \($0 + 1)=\($1)" } + ["", "\\1-grams:"]
        lines.reserveCapacity(words.count + bigrams.count + trigrams.count + 16)
        for id in words.indices {
            let probability = id == 0 ? "-99" : Self.log10Text(unigrams[id])
            lines.append(Self.line(probability, [words[id]], unigramBackoffs[id]))
        }
        if counts.count > 1 {
            lines += ["", "\\2-grams:"]
            for key in bigrams.keys.sorted() {
                let entry = bigrams[key]!
                lines.append(Self.line(Self.log10Text(entry.probability), [words[Int(key.a)], words[Int(key.b)]], entry.backoff))
            }
            lines += ["", "\\3-grams:"]
            for key in trigrams.keys.sorted() {
                lines.append(Self.line(Self.log10Text(trigrams[key]!), [words[Int(key.a)], words[Int(key.b)], words[Int(key.c)]], nil))
            }
        }
        lines += ["", "\\end\\", ""]
        return lines.joined(separator: "\n")
    }

    private static func line(_ probability: String, _ ngram: [String], _ backoff: Double?) -> String {
        var line = probability + "\t" + ngram.joined(separator: " ")
        if let backoff { line += "\t" + log10Text(backoff) }
        return line
    }

    private static func log10Text(_ value: Double) -> String { String(format: "%.6f", log10(value)) }
}
