import Foundation

/// Applies the gate rules to a comparison, collecting regressions and notes.
struct GateJudge {
    let thresholds: GateThresholds
    var regressions: [String] = []
    var notes: [String] = []

    init(thresholds: GateThresholds) {
        self.thresholds = thresholds
    }

    /// Every metric row, with the gated ones judged.
    mutating func metrics(candidate: RunSummary, baseline: RunSummary) -> [MetricComparison] {
        func row(_ metric: MetricComparison.Metric, _ value: (RunSummary) -> Double?) -> MetricComparison {
            MetricComparison(metric, baseline: value(baseline), candidate: value(candidate))
        }
        return [
            row(.passRate) { $0.calls == 0 ? nil : Double($0.passed) / Double($0.calls) },
            completion(row(.completionRate, \.completionRate)),
            row(.escalationRate, \.escalationRate),
            row(.escalationAccuracy, \.escalationAccuracy),
            row(.ttfaP50, \.ttfaMs.p50),
            ttfaP95(row(.ttfaP95, \.ttfaMs.p95), ci: baseline.ttfaMs.p95CI),
            row(.eotP50, \.eotMs.p50),
            row(.eotP95, \.eotMs.p95),
            wer(row(.wer, \.wer)),
            row(.entityAccuracy, \.entityAccuracy),
            row(.bargeInStopP95, \.bargeIn.stopMsP95),
            row(.cutIns) { Double($0.bargeIn.cutIns) },
            row(.falseBargeIns) { Double($0.bargeIn.falseBargeIns) },
            row(.deadAirMax, \.deadAirMsMax),
            row(.talkOver, \.talkOverSeconds),
        ]
    }

    /// Completion may drop by at most `maxCompletionDropPct` points.
    mutating func completion(_ row: MetricComparison) -> MetricComparison {
        var row = row
        row.gated = true
        guard let change = row.change, let baseline = row.baseline, let candidate = row.candidate else { return row }
        let drop = -change * 100
        if drop > thresholds.maxCompletionDropPct + MetricComparison.tolerance {
            row.status = .regression
            regressions.append(String(format: "completion dropped from %@ to %@ (%@ points, limit −%@)",
                                      NumberText.percent(baseline), NumberText.percent(candidate), NumberText.signed(-drop, digits: 1), NumberText.number(thresholds.maxCompletionDropPct)))
        }
        return row
    }

    /// WER may grow by at most `maxWerIncreasePts` points.
    mutating func wer(_ row: MetricComparison) -> MetricComparison {
        var row = row
        row.gated = true
        guard let change = row.change, let baseline = row.baseline, let candidate = row.candidate else { return row }
        let increase = change * 100
        if increase > thresholds.maxWerIncreasePts + MetricComparison.tolerance {
            row.status = .regression
            regressions.append(String(format: "WER rose from %@ to %@ (%@ points, limit +%@)",
                                      NumberText.percent(baseline), NumberText.percent(candidate), NumberText.signed(increase, digits: 1), NumberText.number(thresholds.maxWerIncreasePts)))
        }
        return row
    }

    /// TTFA P95 may grow by at most `maxTtfaP95RegressionPct` percent; a larger growth
    /// still passes while the candidate's P95 lies inside the baseline's bootstrap 95%
    /// interval. Without an interval the threshold alone decides.
    mutating func ttfaP95(_ row: MetricComparison, ci: [Double]?) -> MetricComparison {
        var row = row
        row.gated = true
        guard let baseline = row.baseline, let candidate = row.candidate else {
            if row.baseline != nil || row.candidate != nil {
                notes.append("TTFA P95 is missing from the \(row.baseline == nil ? "baseline" : "candidate"): not gated")
            }
            return row
        }
        let interval = ci.flatMap { $0.count == 2 ? $0 : nil }
        row.baselineCI = interval
        if interval == nil {
            notes.append("the baseline has no confidence interval for TTFA P95 (too few samples): the threshold alone decides")
        }
        guard let pct = row.changePct, pct > thresholds.maxTtfaP95RegressionPct + MetricComparison.tolerance else { return row }
        let limits = String(format: "TTFA P95 rose from %.0f ms to %.0f ms (%@%%, limit +%@%%)",
                            baseline, candidate, NumberText.signed(pct, digits: 1), NumberText.number(thresholds.maxTtfaP95RegressionPct))
        if let interval {
            let range = String(format: "[%.0f, %.0f] ms", interval[0], interval[1])
            if candidate > interval[1] {
                row.status = .regression
                row.note = "outside the baseline's 95% CI \(range)"
                regressions.append("\(limits), outside the baseline's 95% CI \(range)")
            } else {
                row.status = .withinNoise
                row.note = "inside the baseline's 95% CI \(range)"
                notes.append("\(limits), but inside the baseline's 95% CI \(range): within noise")
            }
        } else {
            row.status = .regression
            row.note = "no confidence interval: threshold alone"
            regressions.append("\(limits); the baseline has no confidence interval, so the threshold alone decides")
        }
        return row
    }

    /// Calls that passed in the baseline must pass in the candidate.
    mutating func judgeCalls(newlyFailing: [ScenarioChange]) {
        guard !newlyFailing.isEmpty else { return }
        let ids = newlyFailing.map(\.scenario).joined(separator: ", ")
        if thresholds.allowNewlyFailing {
            notes.append("newly failing calls allowed: \(ids)")
        } else {
            regressions.append("\(newlyFailing.count) newly failing call\(newlyFailing.count == 1 ? "" : "s"): \(ids)")
        }
    }

    /// A repeated scenario's pass rate must not fall beyond the intervals, and one that
    /// passed every run must not turn flaky (unless newly failing calls are allowed).
    mutating func judgePassRates(drops: [PassRateChange], newlyFlaky: [PassRateChange]) {
        for drop in drops {
            regressions.append("the pass rate of \(drop.scenario) fell beyond the intervals: \(drop.text)")
        }
        guard !newlyFlaky.isEmpty else { return }
        let list = newlyFlaky.map { "\($0.scenario) (\($0.text))" }.joined(separator: ", ")
        if thresholds.allowNewlyFailing {
            notes.append("newly flaky scenarios allowed: \(list)")
        } else {
            regressions.append("newly flaky: \(list)")
        }
    }

    /// An interrupted candidate cannot pass; an interrupted baseline is worth a note.
    mutating func judgeCompleteness(candidate: RunReport, baseline: RunReport) {
        if !candidate.complete {
            regressions.append("the candidate run is incomplete (interrupted after \(candidate.calls.count) calls)")
        }
        if !baseline.complete {
            notes.append("the baseline run is incomplete (interrupted after \(baseline.calls.count) calls)")
        }
    }
}
