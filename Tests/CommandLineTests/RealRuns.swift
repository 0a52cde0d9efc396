import Foundation

/// Real runs of the built binary shared by the compare and history command tests: the
/// default agent, then the same scenarios with 500 ms more endpointing delay, both
/// recorded into one temporary history database.
enum RealRuns {
    /// The package root, where `Scenarios/` is.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A short subset of the bundled scenarios.
    static let scenarios = ["Scenarios/book-patel.yaml", "Scenarios/cancel.yaml", "Scenarios/doctor-info.yaml"]

    struct Runs: Sendable {
        var folder: String
        var database: String
        /// `run` with the default agent.
        var base: CommandRunner.Result
        var baseReport: String
        /// `run --set endpointing.minSilenceMs=1000 --baseline <base report>`.
        var slow: CommandRunner.Result
        var slowReport: String
    }

    /// Both runs, made once for all tests that need them.
    static let shared: Result<Runs, any Error> = Result {
        let folder = CommandRunner.temporaryFolder()
        let database = folder + "/history.sqlite"
        let base = try CommandRunner.run(["run"] + scenarios + ["--out", folder + "/base", "--jobs", "2", "--db", database], in: root)
        let slow = try CommandRunner.run(["run"] + scenarios + ["--out", folder + "/slow", "--jobs", "2", "--db", database,
                                                               "--set", "endpointing.minSilenceMs=1000", "--baseline", folder + "/base/report.json"], in: root)
        return Runs(folder: folder, database: database, base: base, baseReport: folder + "/base/report.json", slow: slow, slowReport: folder + "/slow/report.json")
    }

    /// The JSON object of a report file.
    static func object(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
    }

    /// Writes a JSON object to `path`.
    static func write(_ object: [String: Any], to path: String) throws {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }
}
