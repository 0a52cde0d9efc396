import ReportModel
import SimTime

extension LoadCallSample {
    /// The sample of a finished call to an agent elsewhere, started at level `step`: why
    /// it failed, if it did — it never connected (refused, or no handshake in time), the
    /// line dropped before the caller hung up, or it connected and no agent audio ever
    /// came — its setup time (socket open to the first agent audio), and the caller's
    /// measurements as its report scored them.
    init(step: Int, result: CallResult, report: CallReport) {
        let outside = result.outside
        var failure: LoadFailureCause?
        if let unreachable = outside?.unreachable {
            failure = unreachable == .timeout ? .timeout : .refused
        } else if case .lineDropped? = result.ended {
            failure = .closedMidCall
        } else if outside?.audioStarts.isEmpty ?? true {
            failure = .noGreeting
        }
        var setup: Double?
        if outside?.unreachable == nil, let connect = outside?.connectMs, let first = outside?.audioStarts.first {
            setup = connect + first.milliseconds
        }
        self.init(step: step, failure: failure, setupMs: setup, ttfaMs: report.turns.compactMap(\.ttfaMs),
                  bargeInStopMs: report.bargeIns.compactMap(\.stopMs), completed: report.completed,
                  underrunMs: outside?.underrunsMs ?? [], tickLatenessMs: result.tickLatenessMs)
    }
}
