import ArgumentParser
import CallDatabase
import CallStore
import Foundation

/// `--db PATH` and `--no-history`, shared by the commands that record what they ran.
struct HistoryOptions: ParsableArguments {
    @Option(help: "Run history database the results are recorded in.")
    var db = RunHistory.defaultPath

    @Flag(help: "Do not record the results in the history database.")
    var noHistory = false

    /// The history to record into: nil with `--no-history`, and nil with a one-line
    /// warning when the database cannot be used now (another process keeps it locked past
    /// the busy timeout, the disk is full, it is read-only). A file that is not a history
    /// database is bad input.
    func open() throws -> RunHistory? {
        guard !noHistory else { return nil }
        do {
            return try RunHistory(path: db)
        } catch where error.isUnavailable {
            warn(error)
            return nil
        } catch {
            throw BadInput(error.description)
        }
    }

    /// Records the results with `body` and prints the line it returns. A failure (a
    /// database locked past the busy timeout, a full disk) is a one-line warning on
    /// standard error and does not change the exit code: the output folder, already
    /// written, is the result, and history only a record of it.
    func record(into history: RunHistory?, _ body: (RunHistory) throws(DatabaseError) -> String) {
        guard let history else { return }
        do {
            print(try body(history))
        } catch {
            warn(error)
        }
    }

    private func warn(_ error: DatabaseError) {
        let why = error.isLocked ? "\(error.path) is locked by another process" : error.summary
        FileHandle.standardError.write(Data("callharness: warning: not recorded in history: \(why)\n".utf8))
    }
}
