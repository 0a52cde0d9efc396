import Foundation

/// Runs the `callharness` binary under GNU time and reads the peak memory of that one
/// process. A process spawned straight from the test would report the test's own peak
/// (Linux keeps the parent's high-water mark across fork and exec); GNU time's child
/// starts from time's own few megabytes.
enum MeasuredRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The peak resident set size of the process, in kilobytes.
        var maxResidentKB: Int
    }

    /// GNU time, which scripts/setup installs.
    static let time = "/usr/bin/time"

    static func run(_ arguments: [String], in folder: String) throws -> Result {
        let report = folder + "/measured.peak"
        let result = try CommandRunner.run(["-f", "%M", "-o", report, CommandRunner.binary.path] + arguments, in: folder,
                                           executable: URL(fileURLWithPath: time))
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        let peak = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? Int.max
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr, maxResidentKB: peak)
    }
}
