import ArgumentParser
import CallText
import Foundation

/// `callharness wer REF HYP [--json]`
struct Wer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Word error rate between two text files, one utterance per line (sclite costs).")

    @Argument(help: "Reference transcript file.")
    var reference: String

    @Argument(help: "Hypothesis transcript file.")
    var hypothesis: String

    @Flag(help: "Print the counts as JSON.")
    var json = false

    @Flag(help: "Print every utterance's REF/HYP alignment.")
    var alignments = false

    func run() throws {
        let refs = try lines(of: reference)
        let hyps = try lines(of: hypothesis)
        guard refs.count == hyps.count else {
            throw BadInput("\(hypothesis): \(hyps.count) lines, but \(reference) has \(refs.count)")
        }
        let aligned = zip(refs, hyps).map { WordAlignment(referenceText: $0, hypothesisText: $1) }
        let total = WordErrorRate(aligned)
        if json {
            print(#"{"wer":\#(total.rate),"substitutions":\#(total.substitutions),"deletions":\#(total.deletions),"insertions":\#(total.insertions),"referenceWords":\#(total.referenceWords)}"#)
            return
        }
        if alignments {
            for (i, a) in aligned.enumerated() {
                let lines = a.rendered
                print("utterance \(i + 1)\n\(lines.reference)\n\(lines.hypothesis)\n")
            }
        }
        print(String(format: "WER %.2f%%  (S %d, D %d, I %d, N %d)", total.rate * 100, total.substitutions, total.deletions, total.insertions, total.referenceWords))
    }

    private func lines(of path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BadInput("\(path): cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw BadInput("\(path): not UTF-8 text") }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }
}
