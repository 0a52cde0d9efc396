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

    /// Aligns already-normalized word lists, in memory linear in their length; of the
    /// alignments of least cost it gives the one a full cost matrix traced back from the
    /// end gives when it prefers a match or substitution, then a deletion, then an insertion.
    public init(reference: [String], hypothesis: [String]) {
        self.init(reference: reference, hypothesis: hypothesis, cellLimit: AlignmentSearch.defaultCellLimit)
    }

    /// Aligns word lists, solving pieces of at most `cellLimit` cells with a full matrix.
    init(reference: [String], hypothesis: [String], cellLimit: Int) {
        let (ref, hyp) = AlignmentSearch.numbered(reference, hypothesis)
        var pairs: [Pair] = []
        pairs.reserveCapacity(max(ref.count, hyp.count))
        var i = 0, j = 0
        for operation in AlignmentSearch.path(ref, hyp, cellLimit: cellLimit) {
            switch operation {
            case .correct, .substitution:
                pairs.append(Pair(reference: reference[i], hypothesis: hypothesis[j], operation: operation))
                i += 1; j += 1
            case .deletion:
                pairs.append(Pair(reference: reference[i], hypothesis: nil, operation: operation))
                i += 1
            case .insertion:
                pairs.append(Pair(reference: nil, hypothesis: hypothesis[j], operation: operation))
                j += 1
            }
        }
        self.pairs = pairs
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
