import ReportModel
import Foundation
import Synchronization

/// One line per finished call on standard error, with the time the rest should take at
/// the pace so far.
final class SweepProgress: Sendable {
    let total: Int
    let enabled: Bool
    let started: Date
    private let lock = Mutex(())

    init(total: Int, enabled: Bool, started: Date) {
        self.total = total
        self.enabled = enabled
        self.started = started
    }

    func line(_ done: Int, _ call: PlannedCall, report: CallReport, wall: Double) {
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(started)
        let remaining = done >= total ? 0 : elapsed / Double(max(done, 1)) * Double(total - done)
        let ttfa = report.ttfaMs.p95.map { String(format: "TTFA p95 %.0f ms", $0) } ?? "no TTFA"
        let text = String(format: "[%d/%d] %@ %@  %.1f s simulated in %.1f s, %@  ETA %@\n", done, total, report.passed ? "pass" : "FAIL",
                          call.name, report.durationMs / 1000, wall, ttfa, Self.clock(remaining))
        lock.withLock { _ in FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// `1h02m`, `3m05s` or `42s`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%dh%02dm", s / 3600, s % 3600 / 60) }
        if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return "\(s)s"
    }
}
