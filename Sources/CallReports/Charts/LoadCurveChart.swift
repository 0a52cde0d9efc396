import ReportModel

/// A load test's curve as inline SVG: one point per level against the calls in flight —
/// TTFA P95 with its bootstrap interval as a whisker and P50 beside it, or the share of
/// calls that failed as bars.
enum LoadCurveChart {
    /// TTFA P50 and P95 (with its 95% interval) at each level.
    static func ttfa(_ steps: [LoadStepReport]) -> String {
        let points = steps.filter { $0.ttfaMs.p95 != nil }
        guard !points.isEmpty else { return "" }
        let highest = points.map { $0.ttfaMs.p95CI?[1] ?? $0.ttfaMs.p95! }.max() ?? 1
        let frame = frame(steps, yRange: (0, max(highest, 1)))
        var parts = [frame.axes(xTitle: "calls in flight", yTitle: "TTFA (ms)", xTicks: xTicks(steps), xLabel: { Format.number($0) },
                                yLabel: { Format.number($0) })]
        func line(_ value: (LoadStepReport) -> Double?, class lineClass: String) {
            let segment = points.compactMap { step in value(step).map { (x: frame.x(Double(step.concurrency)), y: frame.y($0)) } }
            if segment.count > 1 { parts.append(SVG.polyline(segment, class: lineClass)) }
        }
        line({ $0.ttfaMs.p50 }, class: "load-p50")
        line({ $0.ttfaMs.p95 }, class: "load-p95")
        for step in points {
            let x = frame.x(Double(step.concurrency))
            if let interval = step.ttfaMs.p95CI {
                parts.append(SVG.line(x1: x, y1: frame.y(interval[0]), x2: x, y2: frame.y(interval[1]), class: "load-ci",
                                      tooltip: "P95 95% interval at \(step.concurrency): \(Format.interval(interval) ?? "")"))
            }
            if let p50 = step.ttfaMs.p50 {
                parts.append(SVG.dot(x: x, y: frame.y(p50), radius: 2.5, class: "load-p50-dot", tooltip: "\(step.concurrency) in flight: P50 \(Format.ms(p50))"))
            }
            let p95 = step.ttfaMs.p95!
            parts.append(SVG.dot(x: x, y: frame.y(p95), radius: 3.5, class: "load-p95-dot",
                                 tooltip: "\(step.concurrency) in flight: P95 \(Format.ms(p95)) over \(step.ttfaMs.count) replies"))
        }
        return SVG.document(width: frame.width, height: frame.height, label: "TTFA P95 against calls in flight over \(points.count) levels",
                            parts.joined(separator: "\n"))
    }

    /// The share of calls that failed at each level, by count in the tooltip.
    static func failures(_ steps: [LoadStepReport]) -> String {
        let points = steps.filter { $0.calls > 0 }
        guard !points.isEmpty else { return "" }
        let frame = frame(steps, yRange: (0, 100))
        var parts = [frame.axes(xTitle: "calls in flight", yTitle: "calls failed (%)", xTicks: xTicks(steps), xLabel: { Format.number($0) },
                                yLabel: { Format.number($0) })]
        let levels = Set(steps.map(\.concurrency)).sorted()
        let gaps = zip(levels, levels.dropFirst()).map { frame.x(Double($1)) - frame.x(Double($0)) }
        let width = min(24, max(4, (gaps.min() ?? 48) * 0.6))
        for step in points {
            let share = Double(step.failures.total) / Double(step.calls) * 100
            let x = frame.x(Double(step.concurrency)), y = frame.y(share)
            let failures = step.failures
            let tip = "\(step.concurrency) in flight: \(failures.total) of \(step.calls) failed (refused \(failures.refused), "
                + "timeout \(failures.timeout), closed mid-call \(failures.closedMidCall), no greeting \(failures.noGreeting))"
            parts.append(SVG.rect(x: x - width / 2, y: y, width: width, height: max(frame.bottom - y, 1), class: share > 0 ? "bar load-fail" : "bar load-none",
                                  tooltip: tip))
        }
        return SVG.document(width: frame.width, height: frame.height, label: "Failed calls against calls in flight over \(points.count) levels",
                            parts.joined(separator: "\n"))
    }

    private static func frame(_ steps: [LoadStepReport], yRange: (Double, Double)) -> ChartFrame {
        let levels = steps.map { Double($0.concurrency) }
        let low = levels.min() ?? 1, high = levels.max() ?? 1
        return ChartFrame(width: 420, height: 260, margins: (56, 20, 14, 40), xRange: (high > low ? 0 : low - 1, high > low ? high : high + 1),
                          yRange: yRange, xTicks: xTicks(steps))
    }

    private static func xTicks(_ steps: [LoadStepReport]) -> Int { min(8, max(2, Set(steps.map(\.concurrency)).count)) }
}
