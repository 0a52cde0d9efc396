import ReportModel
import ArgumentParser
import CallHarness
import Foundation

/// `callharness compare CANDIDATE.json BASELINE.json [thresholds] [--json]`
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare a run's report.json with a baseline's and apply the regression gate.",
        discussion: """
            TTFA P95 fails when it grows beyond the threshold and lies outside the baseline's bootstrap 95% CI; \
            completion and WER fail beyond their thresholds; calls that passed in the baseline must still pass. \
            Exit code 0 pass, 1 regression, 2 bad input.
            """)

    @Argument(help: "The new run's report.json.")
    var candidate: String

    @Argument(help: "The baseline run's report.json.")
    var baseline: String

    @OptionGroup var gate: GateOptions

    @Flag(help: "Print the comparison and verdict as JSON.")
    var json = false

    func run() throws {
        let thresholds = try gate.resolved()
        let candidateReport = try readReport(candidate)
        let baselineReport = try readReport(baseline)
        let comparison = ReportComparison(candidate: candidateReport, baseline: baselineReport, thresholds: thresholds)
        if json {
            print(String(decoding: try ReportFile.json(comparison), as: UTF8.self))
        } else {
            print(comparison.text)
        }
        if !comparison.verdict.passed { throw ExitCode(1) }
    }
}

/// The gate's thresholds, shared by compare and run --baseline: defaults, then a
/// thresholds file, then flags.
struct GateOptions: ParsableArguments {
    @Option(name: .customLong("max-ttfa-p95-regression"), help: ArgumentHelp("Largest allowed TTFA P95 increase, percent (default 10); it fails only outside the baseline's 95% CI.", valueName: "PCT"))
    var maxTtfaP95Regression: Double?

    @Option(name: .customLong("max-completion-drop"), help: ArgumentHelp("Largest allowed completion-rate drop, percentage points (default 0).", valueName: "PCT"))
    var maxCompletionDrop: Double?

    @Option(name: .customLong("max-wer-increase"), help: ArgumentHelp("Largest allowed WER increase, percentage points (default 2).", valueName: "PTS"))
    var maxWerIncrease: Double?

    @Flag(inversion: .prefixedNo, help: "Allow calls that passed in the baseline to fail (default: not allowed).")
    var allowNewlyFailing: Bool?

    @Option(name: .customLong("max-ttfa-p95-at"), help: ArgumentHelp("Largest allowed TTFA P95 at a load level, as LEVEL=MS (calls in flight = ms); repeatable.", valueName: "LEVEL=MS"))
    var maxTtfaP95At: [String] = []

    @Option(name: .customLong("max-ttfa-p95-regression-at"), help: ArgumentHelp("Largest allowed TTFA P95 increase over the baseline's at a load level, as LEVEL=PCT; repeatable.", valueName: "LEVEL=PCT"))
    var maxTtfaP95RegressionAt: [String] = []

    @Option(name: .customLong("thresholds"), help: ArgumentHelp("YAML file with maxTtfaP95RegressionPct, maxCompletionDropPct, maxWerIncreasePts, allowNewlyFailing, loadSteps; flags win.", valueName: "FILE"))
    var thresholdsFile: String?

    /// The thresholds to apply.
    func resolved() throws -> GateThresholds {
        var thresholds = GateThresholds()
        if let thresholdsFile {
            thresholds = try reportingBadInput { try thresholds.overridden(byFile: thresholdsFile) }
        }
        for (flag, value) in [("--max-ttfa-p95-regression", maxTtfaP95Regression), ("--max-completion-drop", maxCompletionDrop),
                              ("--max-wer-increase", maxWerIncrease)] {
            if let value, !(value >= 0 && value.isFinite) { throw BadInput("\(flag) \(value): must be a number ≥ 0") }
        }
        if let maxTtfaP95Regression { thresholds.maxTtfaP95RegressionPct = maxTtfaP95Regression }
        if let maxCompletionDrop { thresholds.maxCompletionDropPct = maxCompletionDrop }
        if let maxWerIncrease { thresholds.maxWerIncreasePts = maxWerIncrease }
        if let allowNewlyFailing { thresholds.allowNewlyFailing = allowNewlyFailing }
        var limits = thresholds.loadSteps ?? []
        func limit(_ level: Int) -> Int {
            if let index = limits.firstIndex(where: { $0.concurrency == level }) { return index }
            limits.append(LoadStepLimit(concurrency: level))
            return limits.count - 1
        }
        for text in maxTtfaP95At {
            let (level, value) = try Self.levelValue(text, flag: "--max-ttfa-p95-at")
            limits[limit(level)].maxTtfaP95Ms = value
        }
        for text in maxTtfaP95RegressionAt {
            let (level, value) = try Self.levelValue(text, flag: "--max-ttfa-p95-regression-at")
            limits[limit(level)].maxTtfaP95RegressionPct = value
        }
        thresholds.loadSteps = limits.isEmpty ? nil : limits
        return thresholds
    }

    /// `LEVEL=VALUE`: a level of calls in flight and a number ≥ 0.
    static func levelValue(_ text: String, flag: String) throws -> (Int, Double) {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let level = Int(parts[0]), level >= 1, let value = Double(parts[1]), value >= 0, value.isFinite else {
            throw BadInput("\(flag) \(text): expected LEVEL=NUMBER, as in 20=1500 (the level in calls in flight)")
        }
        return (level, value)
    }
}

/// Reads a report.json; any problem is bad input naming the file.
func readReport(_ path: String) throws -> RunReport {
    do {
        return try RunReport.read(from: path)
    } catch {
        throw BadInput(error.description)
    }
}
