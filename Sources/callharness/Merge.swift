import ArgumentParser
import CallDatabase
import CallHarness
import CallReports
import CallStore
import Foundation

/// `callharness merge REPORT... --out DIR`
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the report.json files of --shard 1/N … N/N into the report of the whole run.",
        discussion: """
            The merged report has the calls of every shard in the order of the unsharded run and the same summary; \
            only startedAt and summary.wallSeconds differ. The calls' recordings and traces are copied into the output \
            folder. Shards of different runs (seed, agent, overrides, sweep grid, shard count) are refused. Exit code 0 \
            when every call passed, 1 when some failed, 2 on bad input.
            """)

    @Argument(help: "The shards' report.json files.")
    var reports: [String] = []

    @Option(help: "Output folder for the merged report.json, report.html, junit.xml, summary.md and the calls' files (replaced as a whole).")
    var out = "Reports/merged"

    @OptionGroup(title: "History") var historyOptions: HistoryOptions

    func run() throws {
        let shards = try reportingScaleInput { try ShardMerge.read(reports) }
        let merged = try reportingScaleInput { try ShardMerge.merge(shards) }
        let history = try historyOptions.open()
        let trend = (try? history?.recentRuns(limit: 30))?.map { HistoryPoint(row: $0) } ?? []
        let path = try reportingBadInput {
            let output = try OutputSet(out, documents: ReportWriters.documents(history: trend))
            try ShardMerge.copyArtifacts(of: shards, to: output)
            return try output.finish(merged)
        }
        print("merged \(shards.count) shards: \(merged.calls.count) calls\(merged.complete ? "" : " (incomplete)")")
        print(RunSummaryText.render(merged, path: path))
        if let sweep = merged.sweep { print(SweepGridText.render(sweep)) }
        historyOptions.record(into: history) { history throws(DatabaseError) in
            let provenance = RunProvenance.capture(agentFile: merged.agent.file, latencyProfileFile: nil)
            let id = try history.record(merged, provenance: provenance, reportPath: URL(fileURLWithPath: path).standardized.path)
            if merged.sweep != nil { try history.recordSweepCells(merged, runID: id) }
            return "history: run \(id) recorded in \(history.path)"
        }
        if !merged.calls.allSatisfy(\.passed) { throw ExitCode(1) }
    }
}
