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
