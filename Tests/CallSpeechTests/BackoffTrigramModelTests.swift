import Foundation
import Testing
@testable import CallSpeech

@Suite("Witten–Bell trigram model")
struct BackoffTrigramModelTests {
    /// Two sentences, "a b" and "a c", over the vocabulary a, b, c.
    static func model(unigramFloor: Double = 0, minimumBackoff: Double = 0) -> ArpaFile {
        let model = BackoffTrigramModel(sentences: [["a", "b"], ["a", "c"]], vocabulary: ["a", "b", "c"],
                                        unigramFloor: unigramFloor, minimumBackoff: minimumBackoff)
        return ArpaFile(text: model.arpa)
    }

    @Test("probabilities follow Witten–Bell interpolation, worked by hand")
    func handWorked() {
        let arpa = Self.model()
        // Unigrams: counts a 2, b 1, c 1, </s> 2 (N 6, 4 types): λ = 4/10 over 4 predictable words.
        #expect(abs(arpa.probability("a", after: []) - (0.6 * 2 / 6 + 0.4 / 4)) < 1e-5)
        #expect(abs(arpa.probability("b", after: []) - (0.6 * 1 / 6 + 0.4 / 4)) < 1e-5)
        #expect(arpa.probability("<s>", after: []) < 1e-90)
        // After <s>: a twice, 1 type, λ = 1/3.
        #expect(abs(arpa.probability("a", after: ["<s>"]) - (2.0 / 3 + 0.3 / 3)) < 1e-5)
        // After a: b and c once each, λ = 1/2; P(b|a) = 0.5·0.5 + 0.5·0.2.
        #expect(abs(arpa.probability("b", after: ["a"]) - 0.35) < 1e-5)
        // Unseen after a: backoff 1/2 times the unigram.
        #expect(abs(arpa.probability("a", after: ["a"]) - 0.5 * 0.3) < 1e-5)
        // After <s> a: b and c once each, λ = 1/2, over P(b|a) = 0.35.
        #expect(abs(arpa.probability("b", after: ["<s>", "a"]) - (0.25 + 0.5 * 0.35)) < 1e-5)
        #expect(arpa.declaredCounts == [1: 5, 2: 5, 3: 4])
    }

    @Test("the floors raise the interpolation weights")
    func floors() {
        let arpa = Self.model(unigramFloor: 0.8, minimumBackoff: 0.6)
        #expect(abs(arpa.probability("a", after: []) - (0.2 * 2 / 6 + 0.8 / 4)) < 1e-5)
        let unigramB = 0.2 * 1 / 6 + 0.8 / 4
        #expect(abs(arpa.probability("b", after: ["a"]) - (0.4 * 0.5 + 0.6 * unigramB)) < 1e-5)
    }

    @Test("every history's next-word probabilities sum to one", arguments: [(0.0, 0.0), (0.05, 0.02), (0.5, 0.5)])
    func normalized(floor: Double, backoff: Double) {
        let arpa = Self.model(unigramFloor: floor, minimumBackoff: backoff)
        for history in [[], ["<s>"], ["a"], ["b"], ["<s>", "a"], ["a", "b"], ["b", "a"], ["c", "c"]] {
            let total = arpa.predictable.reduce(0.0) { $0 + arpa.probability($1, after: history) }
            #expect(abs(total - 1) < 1e-5, "\(history): \(total)")
        }
    }
}
