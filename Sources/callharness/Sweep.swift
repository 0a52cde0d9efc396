import ReportModel
import ArgumentParser
import CallDatabase
import CallHarness
import CallProviders
import CallReports
import CallStore
import Foundation
import MediaStreamCalls

/// `callharness sweep PATH --axis NAME=V1,V2,... [--axis ...] [--agent FILE] [--set ...] [--out DIR] [--seed N] [--jobs N] [--shard I/N] [--keep-audio all|failing]`
struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run scenarios over a grid of caller voices, noise, line conditions or agent settings, and draw the grid.",
        discussion: """
            Every scenario under PATH × every cell of the grid (the product of the axes) is one call with its own seed \
            from the run seed, the scenario id and the cell. Axis names: a dotted scenario key (caller.voice, \
            line.jitterMs, noise.0.snrDb), agent.KEY for an agent or latency value, or an alias: voice (caller.voice), \
            rate (caller.rate), snr (the scenario's noise SNR; babble is added when it has none), noise (noise type), \
            loss (Bernoulli loss, percent), jitter (line.jitterMs), codec (mulaw, pcm16 or opus), persona (the caller's \
            persona preset: impatient, hesitant, elderly, forgetful, terse, cooperative). Recordings and traces are \
            kept for failing calls only unless --keep-audio all. Exit code 0 when every call passes, 1 when some \
            fail, 2 on bad input, 130 when interrupted.
            """)

    @Argument(help: "Scenario files or folders.")
    var paths: [String]

    @Option(name: .customLong("axis"), help: ArgumentHelp("An axis of the grid and its values, e.g. voice=flite/slt,flite/awb or snr=20,10,5.", valueName: "NAME=V1,V2,..."))
    var axes: [String] = []

    @OptionGroup var options: AgentOptions

    @Option(help: "Output folder for report.json, report.html, junit.xml, summary.md and failing calls' recordings (replaced as a whole).")
    var out = "Reports/sweep"

    @Option(parsing: .unconditional, help: "Run seed; every call derives its own from it, the scenario id and the cell.")
    var seed = SeedText(argument: "42")

    @Option(help: "Calls run in parallel (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var scale: ScaleOptions

    @Option(name: .customLong("keep-audio"), help: ArgumentHelp("Which calls keep their recording and trace: all or failing.", valueName: "all|failing"))
    var keepAudio = "failing"

    @OptionGroup(title: "Judge") var judgeOptions: JudgeOptions

    @OptionGroup(title: "Caller") var earOptions: EarOptions

    @OptionGroup(title: "History") var historyOptions: HistoryOptions

    func run() throws {
        guard !paths.isEmpty else { throw BadInput("sweep: name the scenario files or folders to sweep") }
        let seed = try seed.value()
        guard jobs >= 1 else { throw BadInput("sweep: --jobs must be at least 1") }
        guard let keep = KeepAudio(rawValue: keepAudio) else { throw BadInput("--keep-audio \(keepAudio): expected all or failing") }
        let parsedAxes = try reportingScaleInput { try axes.map { try SweepAxis(parsing: $0) } }
        var runOptions = RunOptions(paths: paths, agentPath: options.agent, outputDirectory: out, seed: seed, jobs: jobs,
                                    overrides: try options.overrides(), showProgress: true)
        runOptions.agents = ExternalAgent.maker
        runOptions.keepAudio = keep
        runOptions.judge = try judgeOptions.config()
        runOptions.listening = try earOptions.listening()
        try scale.apply(to: &runOptions)
        let sweepOptions = SweepOptions(run: runOptions, axes: parsedAxes)
        let plan = try reportingScaleInput { try SweepRun.plan(sweepOptions) }
        let history = try historyOptions.open()
        let provenance = history == nil ? RunProvenance() : RunProvenance.capture(agentFile: plan.agents[0].file, latencyProfileFile: plan.agents[0].latency.file)
        let trend = (try? history?.recentRuns(limit: 30))?.map { HistoryPoint(row: $0) } ?? []
        let output = try reportingBadInput { try OutputSet(out, documents: ReportWriters.documents(history: trend)) }
        let shardNote = runOptions.shard.map { ", shard \($0): \($0.positions(of: plan.callCount).count) of them" } ?? ""
        FileHandle.standardError.write(Data("sweep: \(plan.scenarioIDs.count) scenario(s) × \(plan.grid.cells.count) cell(s) = \(plan.callCount) calls\(shardNote)\n".utf8))

        let interruption = RunInterruption.watching { _, count in
            FileHandle.standardError.write(Data((count == 1 ? "callharness: interrupted: finishing the calls in progress\n" : "callharness: stopped at once\n").utf8))
            if count > 1 { _exit(130) }
        }
        let outcome = try reportingScaleInput {
            try SweepRun.execute(sweepOptions, version: CallHarnessVersion.current, interruption: interruption, output: output)
        }
        interruption.stopWatching()
        print(RunSummaryText.render(outcome.report, path: outcome.reportPath))
        if let sweep = outcome.report.sweep { print(SweepGridText.render(sweep)) }
        historyOptions.record(into: history) { history throws(DatabaseError) in
            let id = try history.record(outcome.report, provenance: provenance, reportPath: URL(fileURLWithPath: outcome.reportPath).standardized.path)
            try history.recordSweepCells(outcome.report, runID: id)
            return "history: run \(id) and its \(outcome.report.sweep?.cells.count ?? 0) cells recorded in \(history.path)"
        }
        if outcome.interrupted { throw ExitCode(130) }
        if !outcome.allPassed { throw ExitCode(1) }
    }
}

/// Options for running at scale, shared by run and sweep: a shard of the call list and
/// the on-disk synthesis cache.
struct ScaleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run only slice I of N of the call list (1-based); join the shards' reports with `callharness merge`.", valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Folder of the synthesized-speech cache (default: $XDG_CACHE_HOME/callharness/tts, else ~/.cache/callharness/tts).", valueName: "DIR"))
    var cache: String?

    @Flag(help: "Do not keep synthesized speech on disk between runs.")
    var noCache = false

    /// Sets the shard and cache folder of `options`.
    func apply(to options: inout RunOptions) throws {
        if let shard { options.shard = try reportingScaleInput { try Shard(parsing: shard) } }
        guard !(noCache && cache != nil) else { throw BadInput("--cache and --no-cache cannot be used together") }
        options.cacheDirectory = noCache ? nil : cache ?? SpeechCache.defaultDirectory
    }
}

/// Runs `body`, turning errors about sweeps, shards, replays and reports into `BadInput`
/// as well as those `reportingBadInput` knows.
func reportingScaleInput<T>(_ body: () throws -> T) throws -> T {
    try reportingBadInput {
        do {
            return try body()
        } catch let error as SweepError {
            throw BadInput(error.description)
        } catch let error as ReplayError {
            throw BadInput(error.description)
        } catch let error as ReportReadError {
            throw BadInput(error.description)
        } catch let error as ProviderError {
            throw BadInput(error.description)
        }
    }
}

/// The sweep's grid as text tables: completion, WER and TTFA P95 per cell.
enum SweepGridText {
    static func render(_ sweep: SweepReport) -> String {
        let header = sweep.axes.map(\.name) + ["calls", "passed", "completion", "WER", "TTFA P95"]
        let rows = sweep.cells.map { cell in
            cell.values + [String(cell.calls), String(cell.passed),
                           cell.completionRate.map { String(format: "%.0f%%", $0 * 100) } ?? "–",
                           cell.wer.map { String(format: "%.1f%%", $0 * 100) } ?? "–",
                           cell.ttfaP95Ms.map { String(format: "%.0f ms", $0) } ?? "–"]
        }
        let table = [header] + rows
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return "\n" + table.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset] + 2, withPad: " ", startingAt: 0) }.joined()
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
