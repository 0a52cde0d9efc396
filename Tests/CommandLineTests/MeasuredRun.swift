import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `callharness` binary and measures the peak memory of that one process (its
/// own resource usage from `wait4`, which other processes of the test run cannot blur).
enum MeasuredRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The peak resident set size of the process, in kilobytes.
        var maxResidentKB: Int
    }

    static func run(_ arguments: [String], in folder: String) throws -> Result {
        let outPath = folder + "/measured.stdout", errPath = folder + "/measured.stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([CommandRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, CommandRunner.binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
                      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                      maxResidentKB: usage.ru_maxrss)
    }
}
