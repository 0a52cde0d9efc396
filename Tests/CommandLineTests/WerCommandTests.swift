import Foundation
import Testing

@Suite("wer command")
struct WerCommandTests {
    let folder = CommandRunner.temporaryFolder()

    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test("--json prints sclite counts over all lines")
    func json() throws {
        let ref = write("ref.txt", "Book Dr. Patel at 3:30 PM\nthe the the\n")
        let hyp = write("hyp.txt", "book doctor patel at three thirty p m\nthe the\n")
        let result = try CommandRunner.run(["wer", ref, hyp, "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(object["deletions"] as? Int == 1)
        #expect(object["substitutions"] as? Int == 0)
        #expect(object["insertions"] as? Int == 0)
        #expect(object["referenceWords"] as? Int == 11)
        #expect(abs((object["wer"] as? Double ?? 0) - 1.0 / 11) < 1e-9)
    }

    @Test("a line-count mismatch is bad input")
    func mismatch() throws {
        let result = try CommandRunner.run(["wer", write("r.txt", "a\nb\n"), write("h.txt", "a\n")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("h.txt"))
    }
}
