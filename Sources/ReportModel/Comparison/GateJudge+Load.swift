extension GateJudge {
    /// Each named load level: its TTFA P95 within the fixed limit, and within the allowed
    /// growth over the baseline's at the same level. A level the candidate did not run
    /// fails the gate (nothing to show the limit holds); one the baseline did not run
    /// leaves the growth limit ungated, with a note.
    mutating func judgeLoad(candidate: LoadReport?, baseline: LoadReport?) {
        for limit in thresholds.loadSteps ?? [] {
            let level = "\(limit.concurrency) in flight"
            guard let step = candidate?.step(concurrency: limit.concurrency) else {
                regressions.append("the candidate has no load step at \(level), which the gate names")
                continue
            }
            guard let p95 = step.ttfaMs.p95 else {
                regressions.append("no TTFA at \(level) in the candidate (\(step.failures.total) of \(step.calls) calls failed)")
                continue
            }
            if let max = limit.maxTtfaP95Ms, p95 > max + MetricComparison.tolerance {
                regressions.append("TTFA P95 at \(level) is \(NumberText.number(p95)) ms, limit \(NumberText.number(max)) ms")
            }
            guard let pct = limit.maxTtfaP95RegressionPct else { continue }
            guard let old = baseline?.step(concurrency: limit.concurrency)?.ttfaMs.p95, old > 0 else {
                notes.append("the baseline has no TTFA P95 at \(level): its growth is not gated")
                continue
            }
            let growth = (p95 - old) / old * 100
            if growth > pct + MetricComparison.tolerance {
                regressions.append("TTFA P95 at \(level) rose from \(NumberText.number(old)) ms to \(NumberText.number(p95)) ms "
                                   + "(\(NumberText.signed(growth, digits: 1))%, limit +\(NumberText.number(pct))%)")
            }
        }
    }
}
