import Foundation

/// A minimum-cost alignment of hypothesis words to reference words with NIST sclite's
/// costs (correct 0, substitution 4, deletion 3, insertion 3), and its error counts.
public struct WordAlignment: Sendable, Equatable, Codable {
    /// What happened to one aligned position.
    public enum Operation: String, Sendable, Codable {
        case correct, substitution, deletion, insertion
    }

    /// One aligned position: a reference word, a hypothesis word, or both.
    public struct Pair: Sendable, Equatable, Codable {
        public var reference: String?
        public var hypothesis: String?
        public var operation: Operation
    }

    /// The aligned positions, in order.
    public var pairs: [Pair]

    /// Substitutions.
    public var substitutions: Int { pairs.count { $0.operation == .substitution } }
    /// Deletions (reference words the hypothesis lacks).
    public var deletions: Int { pairs.count { $0.operation == .deletion } }
    /// Insertions (hypothesis words the reference lacks).
    public var insertions: Int { pairs.count { $0.operation == .insertion } }
    /// Correct words.
    public var correct: Int { pairs.count { $0.operation == .correct } }
    /// Reference words (N).
    public var referenceWords: Int { pairs.count { $0.reference != nil } }
    /// Errors: S + D + I.
    public var errors: Int { substitutions + deletions + insertions }

    /// (S + D + I) / N; an empty reference gives 0 with an empty hypothesis, else 1.
    public var wordErrorRate: Double {
        referenceWords == 0 ? (errors == 0 ? 0 : 1) : Double(errors) / Double(referenceWords)
    }

    static let substitutionCost = 4, deletionCost = 3, insertionCost = 3

    /// Aligns already-normalized word lists.
    public init(reference: [String], hypothesis: [String]) {
        let n = reference.count, m = hypothesis.count
        // cost[i][j]: cheapest alignment of reference[..<i] with hypothesis[..<j].
        var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][0] = i * Self.deletionCost }
        for j in 0...m { cost[0][j] = j * Self.insertionCost }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let diagonal = cost[i - 1][j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : Self.substitutionCost)
                    cost[i][j] = min(diagonal, cost[i - 1][j] + Self.deletionCost, cost[i][j - 1] + Self.insertionCost)
                }
            }
        }
        // Trace back, preferring the diagonal, then deletion, then insertion on ties.
        var pairs: [Pair] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0 && j > 0 {
                let same = reference[i - 1] == hypothesis[j - 1]
                if cost[i][j] == cost[i - 1][j - 1] + (same ? 0 : Self.substitutionCost) {
                    pairs.append(Pair(reference: reference[i - 1], hypothesis: hypothesis[j - 1], operation: same ? .correct : .substitution))
                    i -= 1; j -= 1
                    continue
                }
            }
            if i > 0 && cost[i][j] == cost[i - 1][j] + Self.deletionCost {
                pairs.append(Pair(reference: reference[i - 1], hypothesis: nil, operation: .deletion))
                i -= 1
            } else {
                pairs.append(Pair(reference: nil, hypothesis: hypothesis[j - 1], operation: .insertion))
                j -= 1
            }
        }
        self.pairs = pairs.reversed()
    }

    /// Normalizes both texts with `TextNormalizer`, then aligns them.
    public init(referenceText: String, hypothesisText: String) {
        self.init(reference: TextNormalizer.words(referenceText), hypothesis: TextNormalizer.words(hypothesisText))
    }

    /// sclite-style REF/HYP lines: errors upper-cased, gaps as asterisks, columns aligned.
    public var rendered: (reference: String, hypothesis: String) {
        var ref: [String] = [], hyp: [String] = []
        for pair in pairs {
            var r = pair.reference ?? "", h = pair.hypothesis ?? ""
            if pair.operation != .correct { r = r.uppercased(); h = h.uppercased() }
            let width = max(r.count, h.count)
            if pair.reference == nil { r = String(repeating: "*", count: width) }
            if pair.hypothesis == nil { h = String(repeating: "*", count: width) }
            ref.append(r.padding(toLength: width, withPad: " ", startingAt: 0))
            hyp.append(h.padding(toLength: width, withPad: " ", startingAt: 0))
        }
        return ("REF:  " + ref.joined(separator: " "), "HYP:  " + hyp.joined(separator: " "))
    }
}
