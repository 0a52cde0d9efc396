import Foundation
import Testing

/// `run`'s load flags on the command line: what is not a load test is bad input, named in
/// one line, and nothing is written.
@Suite("run --concurrency/--ramp/--rate: bad input", .serialized)
struct LoadCommandTests {
    let folder = CommandRunner.temporaryFolder()

    @Test("a load flag that says nothing sensible, or a load test of an in-process agent: exit 2, one line, no report",
          arguments: [
              (["--ramp", "1,,4"], "--ramp \"1,,4\""),
              (["--concurrency", "0"], "--concurrency \"0\""),
              (["--rate", "fast"], "--rate"),
              (["--ramp", "1,2", "--concurrency", "2"], "leave out --concurrency"),
              (["--calls", "5"], "give --concurrency, --ramp or --rate"),
              (["--concurrency", "2", "--repeat", "3"], "--repeat and a load test"),
              (["--concurrency", "2"], "receptionist.yaml: a load test calls an agent that runs elsewhere"),
          ])
    func badInput(flags: [String], says: String) throws {
        let out = folder + "/out-\(abs(flags.joined().hashValue))"
        let result = try CommandRunner.run(["run", "Scenarios/ask-for-human.yaml", "--out", out, "--no-history"] + flags, in: RunCommandTests.root)
        #expect(result.status == 2, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && result.stderr.contains(says), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/report.json"))
    }
}
