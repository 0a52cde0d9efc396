import ArgumentParser
import CallText
import Foundation

/// `callharness wer REF HYP [--json]`
struct Wer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Word error rate between two text files, one utterance per line (sclite costs).",
        discussion: "Each line pair is aligned in memory proportional to its length, in time proportional to its reference words "
            + "times its hypothesis words (about 2 s per 10^9 word pairs, 3 s with --alignments); a line pair of more word pairs than --max-word-pairs is "
            + "refused as bad input before anything is printed.")

    @Argument(help: "Reference transcript file.")
    var reference: String

    @Argument(help: "Hypothesis transcript file.")
    var hypothesis: String

    @Flag(help: "Print the counts as JSON.")
    var json = false

    @Flag(help: "Print every utterance's REF/HYP alignment.")
    var alignments = false

    @Option(help: "The most reference words × hypothesis words one line pair may have (the default, 5·10^10, is about 220,000 words a side).")
    var maxWordPairs = 50_000_000_000

    func validate() throws {
        guard maxWordPairs > 0 else { throw ValidationError("--max-word-pairs must be at least 1") }
    }

    func run() throws {
        let refs = try Self.lines(of: reference)
        let hyps = try Self.lines(of: hypothesis)
        guard refs.count == hyps.count else {
            throw BadInput("\(hypothesis): \(hyps.count) lines, but \(reference) has \(refs.count)")
        }
        let utterances = zip(refs, hyps).map { (TextNormalizer.words($0), TextNormalizer.words($1)) }
        for (i, (ref, hyp)) in utterances.enumerated() where ref.count * hyp.count > maxWordPairs {
            throw BadInput("\(hypothesis):\(i + 1): \(ref.count) reference words × \(hyp.count) hypothesis words is more than "
                           + "the \(maxWordPairs) word pairs one line pair may have (--max-word-pairs); split the line")
        }
        var total = WordErrorRate()
        for (i, (ref, hyp)) in utterances.enumerated() {
            guard alignments && !json else {
                total.add(WordErrorRate(reference: ref, hypothesis: hyp))
                continue
            }
            let alignment = WordAlignment(reference: ref, hypothesis: hyp)
            total.add(alignment)
            let lines = alignment.rendered
            print("utterance \(i + 1)\n\(lines.reference)\n\(lines.hypothesis)\n")
        }
        if json {
            print(#"{"wer":\#(total.rate),"substitutions":\#(total.substitutions),"deletions":\#(total.deletions),"insertions":\#(total.insertions),"referenceWords":\#(total.referenceWords)}"#)
            return
        }
        print(String(format: "WER %.2f%%  (S %d, D %d, I %d, N %d)", total.rate * 100, total.substitutions, total.deletions, total.insertions, total.referenceWords))
    }

    /// The file's lines without their line ends; a file that cannot be read, or a line that
    /// is not UTF-8, is bad input naming the file (and the line).
    static func lines(of path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw BadInput("\(path): no such file") }
        guard !isFolder.boolValue else { throw BadInput("\(path): is a folder, not a text file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw BadInput("\(path): cannot read the file (no permission?)") }
        let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        var pieces = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true { pieces.removeLast() }
        return try pieces.enumerated().map { number, piece in
            let line = piece.last == 0x0D ? piece.dropLast() : piece
            guard let text = String(validating: line, as: UTF8.self) else { throw BadInput("\(path):\(number + 1): not UTF-8 text") }
            return text
        }
    }
}
