import Foundation
import Testing

@Suite("run --ear", .serialized)
struct EarCommandTests {
    let folder = CommandRunner.temporaryFolder()

    @Test("a bad --ear value or phrase file is one line naming it, exit 2",
          arguments: [("listen", "--ear listen"), ("recognize=/nonexistent/phrases.txt", "/nonexistent/phrases.txt"), ("recognize=BAD", "bad.txt:2")])
    func badEar(value: String, mentions: String) throws {
        try "hello {weekday}\nbye {nothing}\n".write(toFile: folder + "/bad.txt", atomically: true, encoding: .utf8)
        let ear = value.replacingOccurrences(of: "BAD", with: folder + "/bad.txt")
        let result = try CommandRunner.run(["run", RunCommandTests.root + "/Scenarios/cancel.yaml", "--ear", ear, "--out", folder + "/out", "--no-history"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(mentions), "\(result.stderr)")
    }

    @Test("a caller that recognizes the receptionist with its phrase file cancels by keypad")
    func recognizedCall() throws {
        let result = try CommandRunner.run(["run", "Scenarios/cancel-keypad.yaml", "--ear", "recognize=Scenarios/agents/receptionist-phrases.txt",
                                            "--out", folder + "/out", "--no-history"], in: RunCommandTests.root)
        #expect(result.status == 0, "\(result.stdout.suffix(1500))")
    }
}
