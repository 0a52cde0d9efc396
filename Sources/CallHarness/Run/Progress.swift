import ReportModel
import Foundation
import Synchronization

/// One line per finished call on standard error, for people watching a terminal.
final class Progress: Sendable {
    let total: Int
    let enabled: Bool
    private let lock = Mutex(())

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func line(_ done: Int, _ id: String, report: CallReport, wall: Double) {
        guard enabled else { return }
        let mark = report.passed ? "pass" : "FAIL"
        let ttfa = report.ttfaMs.p50.map { String(format: "TTFA p50 %.0f ms", $0) } ?? "no TTFA"
        let text = String(format: "[%d/%d] %@ %@  %.1f s simulated in %.1f s, %@\n", done, total, mark, id, report.durationMs / 1000, wall, ttfa)
        lock.withLock { _ in FileHandle.standardError.write(Data(text.utf8)) }
    }
}
