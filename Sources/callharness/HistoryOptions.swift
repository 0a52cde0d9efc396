import ArgumentParser
import CallStore

/// `--db PATH` and `--no-history`, shared by the commands that record what they ran.
struct HistoryOptions: ParsableArguments {
    @Option(help: "Run history database the results are recorded in.")
    var db = RunHistory.defaultPath

    @Flag(help: "Do not record the results in the history database.")
    var noHistory = false

    /// The history to record into, nil with `--no-history`; a bad database is bad input.
    func open() throws -> RunHistory? {
        noHistory ? nil : try reportingBadInput { try RunHistory(path: db) }
    }
}
