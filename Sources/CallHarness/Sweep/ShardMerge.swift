import ReportModel
import Foundation

/// Joins the reports of `--shard 1/N` … `--shard N/N` into the report the unsharded run
/// writes: the same calls in the same order, the summary and sweep section recomputed
/// from them (only `startedAt`, the earliest shard's, and `summary.wallSeconds`, the
/// longest shard's, differ). Shards of different runs — another seed, agent, overrides,
/// sweep grid or shard count — are refused.
public enum ShardMerge {
    /// A shard report and the folder it was read from.
    public struct Shard: Sendable {
        public var report: RunReport
        public var path: String
        /// The report's folder, where its calls' files are.
        public var folder: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }
    }

    /// Reads and checks the shard reports at `paths`.
    public static func read(_ paths: [String]) throws -> [Shard] {
        guard !paths.isEmpty else { throw SweepError.badMerge("merge", "name the shard reports to merge") }
        return try paths.map { path in Shard(report: try RunReport.read(from: path), path: path) }
    }

    /// The merged report of `shards` (in any order).
    public static func merge(_ shards: [Shard]) throws -> RunReport {
        guard let first = shards.first else { throw SweepError.badMerge("merge", "name the shard reports to merge") }
        var byIndex: [Int: Shard] = [:]
        for shard in shards {
            guard let info = shard.report.shard else {
                throw SweepError.badMerge(shard.path, "not a shard report (no shard section: write shards with --shard I/N)")
            }
            let reference = first.report
            if let problem = mismatch(shard.report, reference) {
                throw SweepError.badMerge(shard.path, "\(problem) differs from \(first.path); shards must come from the same run")
            }
            guard byIndex[info.index] == nil else {
                throw SweepError.badMerge(shard.path, "shard \(info.index)/\(info.count) is given twice (also \(byIndex[info.index]!.path))")
            }
            byIndex[info.index] = shard
        }
        let info = first.report.shard!
        if let missing = (1...info.count).first(where: { byIndex[$0] == nil }) {
            throw SweepError.badMerge(first.path, "shard \(missing)/\(info.count) is missing")
        }
        var placed: [Int: CallReport] = [:]
        for index in 1...info.count {
            let shard = byIndex[index]!
            let positions = shard.report.shard!.positions
            guard positions.count == shard.report.calls.count else {
                throw SweepError.badMerge(shard.path, "has \(shard.report.calls.count) calls but \(positions.count) shard positions")
            }
            for (position, call) in zip(positions, shard.report.calls) {
                guard (0..<info.totalCalls).contains(position), placed[position] == nil, position % info.count == index - 1 else {
                    throw SweepError.badMerge(shard.path, "call position \(position) does not belong to shard \(index)/\(info.count)")
                }
                placed[position] = call
            }
        }
        let calls = (0..<info.totalCalls).compactMap { placed[$0] }
        let reports = shards.map(\.report)
        var merged = first.report
        merged.startedAt = reports.map(\.startedAt).min() ?? first.report.startedAt
        merged.complete = reports.allSatisfy(\.complete) && calls.count == info.totalCalls
        merged.summary = RunSummarizer.summarize(calls, wallSeconds: reports.map(\.summary.wallSeconds).max() ?? 0, seed: first.report.seed)
        merged.calls = calls
        merged.sweep = first.report.sweep?.recomputed(calls: calls)
        merged.shard = nil
        return merged
    }

    /// Copies every call's files (recording, trace) from its shard's folder into `output`
    /// (also from a shard whose folder is the output folder: the set replaces it whole).
    public static func copyArtifacts(of shards: [Shard], to output: OutputSet) throws(OutputError) {
        for shard in shards {
            for call in shard.report.calls {
                for relative in call.artifacts.values.sorted() {
                    let source = shard.folder + "/" + relative
                    guard FileManager.default.fileExists(atPath: source) else { continue }
                    try output.copy(source, to: relative)
                }
            }
        }
    }

    /// What makes `report` a shard of another run than `reference`, if anything.
    private static func mismatch(_ report: RunReport, _ reference: RunReport) -> String? {
        let a = report.agent, b = reference.agent
        if report.seed != reference.seed { return "the seed (\(report.seed) vs \(reference.seed))" }
        if a.name != b.name || a.file != b.file { return "the agent (\(a.file) vs \(b.file))" }
        if a.latencyProfile != b.latencyProfile { return "the latency profile" }
        if a.overrides != b.overrides { return "the --set overrides" }
        if report.judge != reference.judge { return "the judge (--judge)" }
        if report.sweep?.axes != reference.sweep?.axes || report.sweep?.scenarios != reference.sweep?.scenarios { return "the sweep grid" }
        if report.sweep?.keepAudio != reference.sweep?.keepAudio { return "--keep-audio" }
        if report.shard?.count != reference.shard?.count || report.shard?.totalCalls != reference.shard?.totalCalls {
            return "the shard count or call list"
        }
        return nil
    }
}
