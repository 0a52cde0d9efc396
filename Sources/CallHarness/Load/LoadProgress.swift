import Foundation
import ReportModel
import Synchronization

/// One line per finished call of a load test on standard error: its level, how many of
/// the level's calls are done, and the call's outcome.
final class LoadProgress: Sendable {
    private let levels: [(concurrency: Int, calls: Int?)]
    private let enabled: Bool
    private let done = Mutex<[Int: Int]>([:])

    init(plan: LoadPlan, scenarios: Int, enabled: Bool) {
        levels = plan.steps.enumerated().map { index, step in
            (step.concurrency, plan.arrivals == .closedLoop ? step.callCount(scenarios: scenarios) : plan.arrivalTimes(step: index, scenarios: scenarios).count)
        }
        self.enabled = enabled
    }

    func line(_ call: LoadCall, report: CallReport, wall: Double) {
        guard enabled else { return }
        let count = done.withLock { $0[call.step, default: 0] += 1; return $0[call.step]! }
        let level = levels[call.step]
        let of = level.calls.map { "/\($0)" } ?? ""
        let mark = report.passed ? "pass" : "FAIL"
        let ttfa = report.ttfaMs.p50.map { String(format: "TTFA p50 %.0f ms", $0) } ?? "no TTFA"
        let text = String(format: "[level %d/%d, %d in flight] [%d%@] %@ %@  %.1f s, %@\n", call.step + 1, levels.count, level.concurrency,
                          count, of, mark, report.scenario, wall, ttfa)
        FileHandle.standardError.write(Data(text.utf8))
    }
}
