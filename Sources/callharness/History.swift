import ArgumentParser
import CallStore
import Foundation

/// `callharness history [--db PATH] [--last N] [--scenario ID | --cell KEY]`
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the trend of recorded runs (newest last), one scenario's results run by run, or one sweep cell's sweep by sweep.")

    @Option(help: "Run history database.")
    var db = RunHistory.defaultPath

    @Option(help: "How many of the most recent runs to show.")
    var last = 20

    @Option(help: "Show this scenario's call in each run instead of run summaries.")
    var scenario: String?

    @Option(help: ArgumentHelp("Show this sweep cell (as in the sweep's report, e.g. voice=flite/awb,snr=10) in each sweep that ran it.", valueName: "KEY"))
    var cell: String?

    func run() throws {
        guard last >= 1 else { throw BadInput("history: --last must be at least 1") }
        guard FileManager.default.fileExists(atPath: db) else {
            print("no run history yet: \(db) does not exist (every `callharness run` records into it unless --no-history)")
            return
        }
        guard scenario == nil || cell == nil else { throw BadInput("history: give --scenario or --cell, not both") }
        let history = try reportingBadInput { try RunHistory(path: db) }
        if let cell {
            let rows = try reportingBadInput { try history.cellHistory(cell, limit: last) }
            guard !rows.isEmpty else {
                let known = try reportingBadInput { try history.recordedCells() }
                throw BadInput("history: no sweep recorded cell '\(cell)' in \(db)"
                               + (known.isEmpty ? " (no sweep has been recorded)" : "; recorded cells: \(known.prefix(12).joined(separator: " "))\(known.count > 12 ? " …" : "")"))
            }
            print(HistoryTable.cell(rows))
        } else if let scenario {
            let rows = try reportingBadInput { try history.scenarioHistory(scenario, limit: last) }
            guard !rows.isEmpty else {
                print("no recorded calls of scenario '\(scenario)' in \(db)")
                return
            }
            print(HistoryTable.scenario(rows))
        } else {
            let rows = try reportingBadInput { try history.recentRuns(limit: last) }
            guard !rows.isEmpty else {
                print("no runs recorded yet in \(db)")
                return
            }
            print(HistoryTable.runs(rows))
        }
    }
}
