import Testing
@testable import CallText

@Suite("WER with sclite costs")
struct WordAlignmentTests {
    func align(_ ref: String, _ hyp: String) -> WordAlignment {
        WordAlignment(reference: ref.split(separator: " ").map(String.init), hypothesis: hyp.split(separator: " ").map(String.init))
    }

    /// Counts (S, D, I, N) worked out by hand with sclite's weights (sub 4, del 3, ins 3).
    @Test("hand-made pairs", arguments: [
        ("a b c", "a b c", 0, 0, 0, 3),
        ("a b c", "a x c", 1, 0, 0, 3),
        ("a b c", "", 0, 3, 0, 3),                        // empty hypothesis: all deletions
        ("", "a b", 0, 0, 2, 0),                          // all insertions
        ("a b c d", "a c d", 0, 1, 0, 4),
        ("a b", "a x y b", 0, 0, 2, 2),
        ("the the the", "the the", 0, 1, 0, 3),           // repeated words
        ("a a b b", "b b a a", 2, 0, 0, 4),               // 4 substitutions (16) cost more than del 2 + ins 2 (12)? no: 2 del + 2 ins = 12 < 16
        ("a b c", "x y z w", 3, 0, 1, 3),
    ])
    func counts(ref: String, hyp: String, s: Int, d: Int, i: Int, n: Int) {
        let a = align(ref, hyp)
        if ref == "a a b b" {
            // Keep "b b" and drop/insert "a a" around it: D 2 + I 2 = cost 12 beats S 4 = 16.
            #expect((a.substitutions, a.deletions, a.insertions) == (0, 2, 2))
        } else {
            #expect((a.substitutions, a.deletions, a.insertions, a.referenceWords) == (s, d, i, n))
        }
    }

    @Test("one substitution is cheaper than a deletion plus an insertion")
    func substitutionPreferred() {
        let a = align("call doctor patel", "call doctor pastel")
        #expect(a.substitutions == 1 && a.deletions == 0 && a.insertions == 0)
        #expect(a.wordErrorRate == 1.0 / 3)
    }

    @Test("corpus WER is Σ errors over Σ reference words, not a mean of rates")
    func corpus() {
        let total = WordErrorRate([align("a b c d", "a b c d"), align("x", "y")])
        #expect(total.rate == 1.0 / 5)
        #expect(total.errors == 1)
    }

    @Test("the rendered alignment marks errors like sclite's pra")
    func rendering() {
        let lines = align("i want doctor patel", "i want a doctor pastel").rendered
        #expect(lines.reference == "REF:  i want * doctor PATEL ")
        #expect(lines.hypothesis == "HYP:  i want A doctor PASTEL")
    }
}
