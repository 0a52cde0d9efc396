import Foundation
import Testing

@Suite("wer command on long lines and bad files")
struct WerLongLineTests {
    let folder = CommandRunner.temporaryFolder()

    func write(_ name: String, _ data: Data) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    /// 4,000 seeded words a side: a full cost matrix would be 16 million cells (128 MB of
    /// 8-byte costs); the linear-memory alignment needs a few hundred kilobytes.
    @Test("a 4,000-word line aligns in bounded memory, counting and printing the alignment alike")
    func longLine() throws {
        var state: UInt64 = 11
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        let reference = (0..<4000).map { _ in "w\(next(40))" }
        let hypothesis = reference.map { next(10) == 0 ? "w\(next(40))" : $0 }.filter { _ in next(50) != 0 }
        let ref = write("long-ref.txt", Data((reference.joined(separator: " ") + "\n").utf8))
        let hyp = write("long-hyp.txt", Data((hypothesis.joined(separator: " ") + "\n").utf8))

        let counted = try MeasuredRun.run(["wer", ref, hyp, "--json"], in: folder)
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(counted.maxResidentKB < 100_000, "peak memory \(counted.maxResidentKB) KB")
        let aligned = try MeasuredRun.run(["wer", ref, hyp, "--alignments"], in: folder)
        #expect(aligned.status == 0, "\(aligned.stderr)")
        #expect(aligned.maxResidentKB < 100_000, "peak memory \(aligned.maxResidentKB) KB")

        let counts = try JSONSerialization.jsonObject(with: Data(counted.stdout.utf8)) as? [String: Any] ?? [:]
        let s = counts["substitutions"] as? Int ?? -1, d = counts["deletions"] as? Int ?? -1, i = counts["insertions"] as? Int ?? -1
        #expect(counts["referenceWords"] as? Int == 4000)
        #expect(s > 0 && d > 0)
        #expect(reference.count - d + i == hypothesis.count)
        #expect(aligned.stdout.hasSuffix("(S \(s), D \(d), I \(i), N 4000)\n"))
        let lines = aligned.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("REF:  ") && lines[2].hasPrefix("HYP:  "))
        #expect(lines[1].count == lines[2].count)
    }

    @Test("a line pair over --max-word-pairs is refused in one line naming the file and line, before anything is printed")
    func overLimit() throws {
        let ref = write("limit-ref.txt", Data("a b\nthe quick brown fox jumps over the lazy dog\n".utf8))
        let hyp = write("limit-hyp.txt", Data("a b\nthe quick brown fox jumped over a lazy dog\n".utf8))
        let refused = try CommandRunner.run(["wer", ref, hyp, "--alignments", "--max-word-pairs", "80"])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("callharness: \(hyp):2: 9 reference words × 9 hypothesis words is more than the 80 word pairs"))
        #expect(refused.stderr.split(separator: "\n").count == 1)
        let allowed = try CommandRunner.run(["wer", ref, hyp, "--max-word-pairs", "81"])
        #expect(allowed.status == 0)
        #expect(allowed.stdout == "WER 18.18%  (S 2, D 0, I 0, N 11)\n")
        let zero = try CommandRunner.run(["wer", ref, hyp, "--max-word-pairs", "0"])
        #expect(zero.status == 2)
        #expect(zero.stderr.split(separator: "\n").count == 1)
    }

    @Test("a missing file, a folder and bytes that are not UTF-8 are bad input in one line naming the file", arguments: ["missing", "folder", "binary"])
    func badFiles(kind: String) throws {
        let good = write("good.txt", Data("hello there\nhow are you\n".utf8))
        let bad: String
        var expected: String
        switch kind {
        case "missing":
            bad = folder + "/absent.txt"
            expected = "\(bad): no such file"
        case "folder":
            bad = folder
            expected = "\(bad): is a folder, not a text file"
        default:
            bad = write("latin1.txt", Data("hello there\nhow are y".utf8) + Data([0xF6, 0xFC]) + Data("\n".utf8))
            expected = "\(bad):2: not UTF-8 text"
        }
        for arguments in [["wer", bad, good], ["wer", good, bad, "--json"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "callharness: \(expected)\n")
        }
    }

    @Test("empty files have no utterances and no errors; CRLF line ends and a byte-order mark are not words")
    func emptyAndCRLF() throws {
        let empty = write("empty.txt", Data())
        let result = try CommandRunner.run(["wer", empty, empty, "--json"])
        #expect(result.status == 0)
        #expect(result.stdout == #"{"wer":0.0,"substitutions":0,"deletions":0,"insertions":0,"referenceWords":0}"# + "\n")
        let crlf = write("crlf.txt", Data([0xEF, 0xBB, 0xBF]) + Data("good morning\r\nthank you\r\n".utf8))
        let plain = write("plain.txt", Data("good morning\nthank you\n".utf8))
        let same = try CommandRunner.run(["wer", crlf, plain])
        #expect(same.status == 0)
        #expect(same.stdout == "WER 0.00%  (S 0, D 0, I 0, N 4)\n")
    }
}
