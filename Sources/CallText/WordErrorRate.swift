/// Corpus word error rate: Σ(S + D + I) / Σ N over aligned utterances.
public struct WordErrorRate: Sendable, Equatable, Codable {
    public var substitutions = 0
    public var deletions = 0
    public var insertions = 0
    public var referenceWords = 0

    /// An empty tally.
    public init() {}

    /// The tally of a set of alignments.
    public init(_ alignments: some Sequence<WordAlignment>) {
        for alignment in alignments { add(alignment) }
    }

    /// The counts of one utterance, the same as its `WordAlignment`'s, from one pass in
    /// memory linear in its length without building the alignment.
    public init(reference: [String], hypothesis: [String]) {
        let (ref, hyp) = AlignmentSearch.numbered(reference, hypothesis)
        (substitutions, deletions, insertions) = AlignmentSearch.counts(ref, hyp)
        referenceWords = reference.count
    }

    /// Normalizes both texts with `TextNormalizer`, then counts their alignment's errors.
    public init(referenceText: String, hypothesisText: String) {
        self.init(reference: TextNormalizer.words(referenceText), hypothesis: TextNormalizer.words(hypothesisText))
    }

    /// Adds one utterance's counts.
    public mutating func add(_ alignment: WordAlignment) {
        substitutions += alignment.substitutions
        deletions += alignment.deletions
        insertions += alignment.insertions
        referenceWords += alignment.referenceWords
    }

    /// Adds another tally.
    public mutating func add(_ other: WordErrorRate) {
        substitutions += other.substitutions
        deletions += other.deletions
        insertions += other.insertions
        referenceWords += other.referenceWords
    }

    /// S + D + I.
    public var errors: Int { substitutions + deletions + insertions }

    /// Σ(S + D + I) / Σ N; with no reference words, 0 if there were no errors, else 1.
    public var rate: Double {
        referenceWords == 0 ? (errors == 0 ? 0 : 1) : Double(errors) / Double(referenceWords)
    }
}
