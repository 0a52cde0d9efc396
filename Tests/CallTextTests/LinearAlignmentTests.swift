import Testing
@testable import CallText

@Suite("alignment in linear memory")
struct LinearAlignmentTests {
    /// The operations as letters (C, S, D, I), for short failure messages.
    static func letters(_ operations: [WordAlignment.Operation]) -> String {
        String(operations.map { ["correct": "C", "substitution": "S", "deletion": "D", "insertion": "I"][$0.rawValue]! })
    }

    /// Random word lists over a small vocabulary (many equal-cost alignments), lengths 0…`longest`.
    static func cases(seed: UInt64, count: Int, longest: Int, vocabulary: Int) -> [(reference: [String], hypothesis: [String])] {
        var random = LCG(seed: seed)
        func words() -> [String] {
            let length = Int(random.next() % UInt64(longest + 1))
            return (0..<length).map { _ in "w\(random.next() % UInt64(vocabulary))" }
        }
        return (0..<count).map { _ in (words(), words()) }
    }

    @Test("the same alignment as the full matrix's traceback, ties included, however small the pieces", arguments: 1...24)
    func equalsFullMatrix(seed: Int) {
        let vocabulary = 2 + seed % 5
        for (reference, hypothesis) in Self.cases(seed: UInt64(seed), count: 40, longest: 30, vocabulary: vocabulary) {
            let expected = FullMatrixAlignment.operations(reference: reference, hypothesis: hypothesis)
            for cellLimit in [4, 9, 40, 200, AlignmentSearch.defaultCellLimit] {
                let alignment = WordAlignment(reference: reference, hypothesis: hypothesis, cellLimit: cellLimit)
                #expect(Self.letters(alignment.pairs.map(\.operation)) == Self.letters(expected), "\(reference) / \(hypothesis), pieces of \(cellLimit) cells")
                #expect(alignment.pairs.compactMap(\.reference) == reference)
                #expect(alignment.pairs.compactMap(\.hypothesis) == hypothesis)
            }
            let counts = WordErrorRate(reference: reference, hypothesis: hypothesis)
            #expect((counts.substitutions, counts.deletions, counts.insertions, counts.referenceWords)
                    == (expected.count { $0 == .substitution }, expected.count { $0 == .deletion },
                        expected.count { $0 == .insertion }, reference.count))
        }
    }

    @Test("long lists of near-identical words, cut many times, still match the full matrix")
    func longLists() {
        for (reference, hypothesis) in Self.cases(seed: 99, count: 6, longest: 300, vocabulary: 3) {
            let expected = FullMatrixAlignment.operations(reference: reference, hypothesis: hypothesis)
            #expect(Self.letters(WordAlignment(reference: reference, hypothesis: hypothesis, cellLimit: 64).pairs.map(\.operation)) == Self.letters(expected))
        }
    }

    @Test("a line of 4,000 words per side aligns beyond the full-matrix size, with the counts of the one-pass count")
    func large() {
        var random = LCG(seed: 7)
        let reference = (0..<4000).map { _ in "w\(random.next() % 50)" }
        var hypothesis = reference
        for _ in 0..<600 {
            let at = Int(random.next() % UInt64(hypothesis.count))
            switch random.next() % 3 {
            case 0: hypothesis[at] = "x\(random.next() % 50)"
            case 1: hypothesis.remove(at: at)
            default: hypothesis.insert("y\(random.next() % 50)", at: at)
            }
        }
        #expect((reference.count + 1) * (hypothesis.count + 1) > AlignmentSearch.defaultCellLimit)
        let alignment = WordAlignment(reference: reference, hypothesis: hypothesis)
        let counts = WordErrorRate(reference: reference, hypothesis: hypothesis)
        #expect((alignment.substitutions, alignment.deletions, alignment.insertions) == (counts.substitutions, counts.deletions, counts.insertions))
        #expect(alignment.pairs.compactMap(\.reference) == reference)
        #expect(alignment.pairs.compactMap(\.hypothesis) == hypothesis)
        #expect(alignment.errors > 0 && alignment.errors <= 600)
    }
}
